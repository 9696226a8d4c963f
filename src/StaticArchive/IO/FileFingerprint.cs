namespace StaticArchive.IO;

/// <summary>A file below a folder (relative path, forward slashes) and its <see cref="IFileSystem.Fingerprint"/>.</summary>
/// <remarks>
/// A type of our own rather than a tuple: the directory walk is generic over it, and only instantiations over
/// our types are precompiled into our assembly (ReadyToRun); over a tuple it was compiled at run time.
/// </remarks>
public readonly record struct FileFingerprint(string Path, string Fingerprint);

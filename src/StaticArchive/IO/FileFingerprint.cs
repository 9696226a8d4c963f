namespace StaticArchive.IO;

/// <summary>A file below a folder (relative path, forward slashes) and its <see cref="IFileSystem.Fingerprint"/>.</summary>
public readonly record struct FileFingerprint(string Path, string Fingerprint);

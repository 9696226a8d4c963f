namespace StaticArchive.Core;

/// <summary>
/// One file the build produces, by its path relative to the output folder (forward slashes, no leading slash).
/// Features of the Aggregate phase (search index, feeds, open data) return these; only the Write phase
/// puts them on disk.
/// </summary>
public sealed record OutputFile(string Path, byte[] Content);

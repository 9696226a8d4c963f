namespace StaticArchive.IO;

/// <summary>An entry found by <see cref="IFileSystem.WalkEntries"/>: its full path and what it is (never a folder).</summary>
internal readonly record struct FileEntry(string Path, FileEntryKind Kind);

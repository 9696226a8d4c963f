namespace StaticArchive.IO;

/// <summary>
/// The file operations the library needs, so a whole build can run in memory in tests
/// (Eleventy's layered cores: no file system → file system → dev server).
/// Paths are absolute in the file system's own namespace.
/// </summary>
internal interface IFileSystem
{
    /// <summary>True if a file exists at the path.</summary>
    bool FileExists(string path);

    /// <summary>True if a directory exists at the path.</summary>
    bool DirectoryExists(string path);

    /// <summary>Every file below the directory, recursively, as full paths.</summary>
    IEnumerable<string> EnumerateFiles(string directory);

    /// <summary>The immediate sub-directories of a directory, as full paths.</summary>
    IEnumerable<string> EnumerateDirectories(string directory);

    /// <summary>
    /// The real path: every symbolic link on the way (in any component) resolved, <c>.</c> and <c>..</c> removed.
    /// Throws <see cref="IOException"/> for links that loop.
    /// </summary>
    string ResolveLinks(string path);

    /// <summary>What is at the path, links not followed.</summary>
    FileEntryKind Inspect(string path);

    /// <summary>
    /// Every entry below the directory except folders, recursively, links listed and never entered; hidden entries
    /// (names starting with a dot) are neither listed nor entered. Nothing when the directory does not exist.
    /// </summary>
    IEnumerable<FileEntry> WalkEntries(string directory);

    /// <summary>Reads a whole file.</summary>
    byte[] ReadAllBytes(string path);

    /// <summary>Opens a file for streaming reads (large attachments are never read whole).</summary>
    Stream OpenRead(string path);

    /// <summary>A short token that changes whenever the file changes, starting with its length: <c>length:…</c> (on disk: length and modification time).</summary>
    string Fingerprint(string path);

    /// <summary>
    /// Every file below the directory, recursively, with its <see cref="Fingerprint"/>, in one walk; paths are
    /// relative to the directory, with forward slashes. Nothing when the directory does not exist.
    /// </summary>
    /// <param name="directory">The folder to walk.</param>
    /// <param name="onAllCores">Walk the folder's sub-folders in parallel, for a caller that has the cores to itself.</param>
    IEnumerable<FileFingerprint> FingerprintFiles(string directory, bool onAllCores = false);

    /// <summary>The size of a file in bytes.</summary>
    long GetLength(string path);

    /// <summary>Writes a whole file, creating its directory; an existing file is replaced, never written into (it may be a link to a published one).</summary>
    void WriteAllBytes(string path, ReadOnlySpan<byte> content);

    /// <summary>Creates a file for writing, creating its directory and replacing (never writing into) an existing one; the file is complete once the stream is disposed.</summary>
    Stream Create(string path);

    /// <summary>Copies a file, creating the target directory and replacing (never writing into) an existing one.</summary>
    void CopyFile(string source, string destination);

    /// <summary>Moves a file over another in one step (a rename on disk), creating the target directory.</summary>
    void MoveFile(string source, string destination);

    /// <summary>
    /// Gives a file a second name (a hard link: no bytes copied, the same file under both names), or copies it
    /// where the file system has no links; creates the target directory. The destination must not exist.
    /// </summary>
    void LinkFile(string source, string destination);

    /// <summary>Swaps two existing directories in one step; false, with nothing done, where the system has no such step.</summary>
    bool TryExchangeDirectories(string first, string second);

    /// <summary>Deletes a file if it exists.</summary>
    void DeleteFile(string path);

    /// <summary>Deletes a directory and everything below it, if it exists.</summary>
    void DeleteDirectory(string path);

    /// <summary>Renames a directory; the destination must not exist.</summary>
    void MoveDirectory(string source, string destination);
}

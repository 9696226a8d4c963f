namespace StaticArchive.IO;

/// <summary>What a path is, links not followed.</summary>
internal enum FileEntryKind
{
    /// <summary>Nothing is there.</summary>
    Missing,

    /// <summary>A plain file.</summary>
    File,

    /// <summary>A folder.</summary>
    Directory,

    /// <summary>A symbolic link (to a file or a folder, or to nothing).</summary>
    Link,

    /// <summary>Anything else: a FIFO, a socket, a device; reading one can block forever or never end.</summary>
    Special,
}

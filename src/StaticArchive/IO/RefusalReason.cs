namespace StaticArchive.IO;

/// <summary>Why an input is not read.</summary>
internal enum RefusalReason
{
    /// <summary>A link whose real path is outside the folder being read.</summary>
    Outside,

    /// <summary>A link to a folder inside it (followed, it would give the same files two addresses, or loop).</summary>
    FolderLink,

    /// <summary>A link to nothing, or a chain of links that loops.</summary>
    BrokenLink,

    /// <summary>Not a plain file: a FIFO, a socket or a device.</summary>
    Special,
}

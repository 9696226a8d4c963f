namespace StaticArchive.Server;

/// <summary>How the dev server answers a request path.</summary>
public enum ServedKind
{
    /// <summary>Send the file.</summary>
    File,

    /// <summary>A folder asked for without its slash: redirect to the local address that has it.</summary>
    Folder,

    /// <summary>Not in the site (or not to be served): the 404 page.</summary>
    Missing,

    /// <summary>A path that cannot name a site file: 400.</summary>
    Refused,
}

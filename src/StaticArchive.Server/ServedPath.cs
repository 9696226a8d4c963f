namespace StaticArchive.Server;

/// <summary>What a request path names in the site folder.</summary>
/// <param name="Kind">Whether it is a file to send, a folder to redirect to, or nothing.</param>
/// <param name="File">The real path of the file to send (a folder's index.html); null when there is none.</param>
/// <param name="LocalUrl">The checked path, escaped and starting with exactly one slash (a folder's ends with one).</param>
public sealed record ServedPath(ServedKind Kind, string? File, string LocalUrl)
{
    /// <summary>Nothing the server may send: the 404 page.</summary>
    public static ServedPath Missing { get; } = new(ServedKind.Missing, null, "/");

    /// <summary>A path no site file can have (a dot segment, a backslash): 400.</summary>
    public static ServedPath Refused { get; } = new(ServedKind.Refused, null, "/");
}

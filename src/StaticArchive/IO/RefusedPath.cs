namespace StaticArchive.IO;

/// <summary>An entry of an input folder that a build will not read, and why.</summary>
/// <param name="Path">The entry's full path (the link itself, for a link).</param>
/// <param name="Reason">Why it is refused.</param>
/// <param name="Target">Where a link leads (its real path), when that is known.</param>
internal sealed record RefusedPath(string Path, RefusalReason Reason, string? Target);

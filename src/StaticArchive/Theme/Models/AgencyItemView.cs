namespace StaticArchive.Theme.Models;

/// <summary>
/// An agency in the directory, with the agencies of its level under it (any depth); <c>Level</c> is its label in
/// the site's language; <c>Sample</c> marks an invented agency; <c>Parent</c> is its parent when that is of
/// another level (listed there), else null. An entry without <c>Url</c> is a parent the archive has no folder for
/// (<c>parent_name:</c>), named as the heading of the agencies under it.
/// </summary>
public sealed record AgencyItemView(string Name, string? Url, string? Level, int DocumentCount, IReadOnlyList<AgencyItemView> Children, bool Sample = false, LinkView? Parent = null);

namespace StaticArchive.Content;

/// <summary>An agency, from <c>content/&lt;slug&gt;/_agency.yml</c>; the folder name is its slug.</summary>
public sealed record Agency(
    string Slug,
    string Name,
    string? ShortName,
    string? Parent,
    string? Level,
    string? Region,
    string? Address,
    string? Postcode,
    string? Phone,
    string? Email,
    string? Website,
    string SourcePath);

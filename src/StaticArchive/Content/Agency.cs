namespace StaticArchive.Content;

/// <summary>
/// An agency, from <c>content/&lt;slug&gt;/_agency.yml</c>; the folder name is its slug. <c>Sample</c> marks an
/// invented agency (<c>sample: true</c>): everything under it is marked as sample wherever it appears.
/// </summary>
internal sealed record Agency(
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
    string SourcePath,
    bool Sample = false)
{
    /// <summary>
    /// The parent's name when the parent has no folder in this archive (<c>parent_name:</c>): shown as text, never
    /// linked, so a real parent is named without the archive inventing a page for it.
    /// </summary>
    public string? ParentName { get; init; }

    /// <summary>True while <c>_agency.yml</c> still holds a 【待填写】 marker: <c>build</c> leaves the agency and its documents out.</summary>
    public bool Draft { get; init; }
}

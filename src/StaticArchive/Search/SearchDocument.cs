namespace StaticArchive.Search;

/// <summary>One page as the search index sees it.</summary>
/// <param name="Url">Site-relative URL without base and without a leading slash, e.g. <c>linzi-gxj/2023/annual-report/</c>.</param>
/// <param name="Title">The page title.</param>
/// <param name="Text">The body as plain text by <see cref="Markdown.PlainText"/>: a soft line break between CJK characters vanishes, so a phrase split across source lines is still found.</param>
/// <param name="AgencySlug">The agency's slug, e.g. <c>linzi-gxj</c>.</param>
/// <param name="AgencyName">The agency's display name.</param>
/// <param name="Year">The report year from the path.</param>
/// <param name="Type">annual-report, guide, proposal or document.</param>
/// <param name="TypeLabel">The type's Chinese label, e.g. 年度报告.</param>
/// <param name="Date">The publication date, YYYY-MM-DD; empty when the source does not state it.</param>
/// <param name="SourceUrl">The address of the original (front matter <c>source.url</c>), shown with the result.</param>
/// <param name="DateInferred">True when <paramref name="Date"/> is inferred, not stated by the source.</param>
/// <param name="Sample">True for an invented document (<c>sample: true</c>), marked in the result.</param>
/// <param name="Metadata">Searchable metadata as (ui-string key of its label, value), e.g. (<c>meta_index_no</c>, 索引号); empty values left out.</param>
internal sealed record SearchDocument(
    string Url,
    string Title,
    string Text,
    string AgencySlug,
    string AgencyName,
    int Year,
    string Type,
    string TypeLabel,
    string Date,
    string? SourceUrl = null,
    bool DateInferred = false,
    bool Sample = false,
    IReadOnlyList<KeyValuePair<string, string>>? Metadata = null)
{
    /// <summary>The metadata fields, none when not given.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> MetadataFields => Metadata ?? [];
}

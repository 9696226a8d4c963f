using StaticArchive.Drafts;

namespace StaticArchive.Content;

/// <summary>
/// A document's metadata: everything listings, feeds and the sitemap need. The body is not kept here, so
/// memory grows with the number of documents, not with the size of their text.
/// </summary>
internal sealed record Document
{
    /// <summary>The agency's slug (from the path).</summary>
    public required string AgencySlug { get; init; }

    /// <summary>The year (from the path).</summary>
    public required int Year { get; init; }

    /// <summary>The file name without extension.</summary>
    public required string Slug { get; init; }

    /// <summary>Site-relative URL, e.g. <c>linzi-gxj/2023/annual-report/</c>.</summary>
    public required string Url { get; init; }

    /// <summary>Full path of the Markdown file.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The path shown in diagnostics, e.g. <c>content/linzi-gxj/2023/annual-report.md</c>.</summary>
    public required string DisplayPath { get; init; }

    /// <summary>标题.</summary>
    public required string Title { get; init; }

    /// <summary>One of <see cref="DocumentTypes"/>.</summary>
    public required string Type { get; init; }

    /// <summary>发布日期; null when the source does not state it (the page then says so, never a guess).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>True when <see cref="Date"/> is not stated by the source but inferred (<c>date_inferred: true</c>).</summary>
    public bool DateInferred { get; init; }

    /// <summary>
    /// The date listings and feeds order by: <see cref="Date"/>, or for an undated document the first day of its
    /// year folder, so it follows the dated documents of that year. Never shown as a date.
    /// </summary>
    public DateOnly SortDate => Date ?? new DateOnly(Year, 1, 1);

    /// <summary>
    /// True for an invented document: <c>sample: true</c> in its front matter, or any document of an invented agency.
    /// It is marked wherever it appears and never counted with real figures.
    /// </summary>
    public bool Sample { get; init; }

    /// <summary>
    /// Why the document is not ready to publish, or null when it is: <c>build</c> leaves a draft out of every page,
    /// feed, index and dataset; <c>serve</c> shows it marked 草稿.
    /// </summary>
    public DraftState? Draft { get; init; }

    /// <summary>Where the document comes from (<c>source:</c>), if stated.</summary>
    public SourceInfo? Source { get; init; }

    /// <summary>A short summary (front matter, else an excerpt of the body).</summary>
    public string? Summary { get; init; }

    /// <summary>Free tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>索引号.</summary>
    public string? IndexNo { get; init; }

    /// <summary>文号.</summary>
    public string? DocNo { get; init; }

    /// <summary>Files published with it.</summary>
    public IReadOnlyList<Attachment> Attachments { get; init; } = [];

    /// <summary>Set for <c>type: proposal</c>.</summary>
    public ProposalInfo? Proposal { get; init; }

    /// <summary>The YAML data file beside it (<c>&lt;slug&gt;.yml</c>), if any.</summary>
    public string? DataFilePath { get; init; }

    /// <summary>True when front matter says <c>published_inconsistencies: acknowledged</c>.</summary>
    public bool InconsistenciesAcknowledged { get; init; }

    /// <summary>The line of the .md file where the Markdown body starts.</summary>
    public int BodyFirstLine { get; init; } = 1;
}

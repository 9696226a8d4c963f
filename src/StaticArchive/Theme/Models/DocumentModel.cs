namespace StaticArchive.Theme.Models;

/// <summary>
/// The model of a document page. <c>BodyHtml</c> is the editor's Markdown as HTML, tables placed; <c>Inconsistencies</c>
/// lists the figures of an acknowledged report that do not add up; <c>Updated</c> and <c>Revisions</c> come from git
/// when the content is in a repository; <c>Origin</c> is the document's 来源 (front matter <c>source:</c>), unlike
/// <c>SourceUrl</c>, which links to the Markdown file in the archive's own repository.
/// </summary>
public sealed record DocumentModel(
    DocumentItemView Item,
    AgencyView Agency,
    string? IndexNo,
    string? DocNo,
    IReadOnlyList<string> Tags,
    string BodyHtml,
    IReadOnlyList<InconsistencyView> Inconsistencies,
    IReadOnlyList<AttachmentView> Attachments,
    ProposalView? Proposal,
    IReadOnlyList<LinkView> DataLinks,
    string? SourceUrl,
    string? Updated = null,
    IReadOnlyList<RevisionView>? Revisions = null,
    SourceView? Origin = null);

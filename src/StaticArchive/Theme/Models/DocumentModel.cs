namespace StaticArchive.Theme.Models;

/// <summary>The model of a document page. <c>Updated</c> and <c>Revisions</c> come from git when the content is in a repository.</summary>
public sealed record DocumentModel(
    DocumentItemView Item,
    AgencyView Agency,
    string? IndexNo,
    string? DocNo,
    IReadOnlyList<string> Tags,
    string BodyHtml,
    string? NoticeHtml,
    IReadOnlyList<AttachmentView> Attachments,
    ProposalView? Proposal,
    IReadOnlyList<LinkView> DataLinks,
    string? SourceUrl,
    string? Updated = null,
    IReadOnlyList<RevisionView>? Revisions = null);

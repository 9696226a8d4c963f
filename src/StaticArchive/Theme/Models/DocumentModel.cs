namespace StaticArchive.Theme.Models;

/// <summary>The model of a document page.</summary>
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
    string? SourceUrl);

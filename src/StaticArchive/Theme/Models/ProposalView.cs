namespace StaticArchive.Theme.Models;

/// <summary>The 建议提案 fields of a proposal page.</summary>
public sealed record ProposalView(
    string KindLabel,
    string? Session,
    string? Number,
    string? Proposers,
    string? LeadUnits,
    string? AssistingUnits,
    string? ResultCode,
    string? ResultLabel,
    string? ReplyDate,
    string? Satisfaction,
    string? Subject = null,
    string? SubjectLabel = null);

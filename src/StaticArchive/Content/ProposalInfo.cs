namespace StaticArchive.Content;

/// <summary>
/// The handling record of a deputy's suggestion or a CPPCC proposal (domain README §4.5).
/// </summary>
public sealed record ProposalInfo(
    string Kind,
    string? Session,
    string? Number,
    string? Proposers,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> AssistingUnits,
    string? ResultCode,
    string? ResultLabel,
    DateOnly? ReplyDate,
    string? Satisfaction);

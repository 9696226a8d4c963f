namespace StaticArchive.Content;

/// <summary>
/// The handling record of a deputy's suggestion or a CPPCC proposal (domain README §4.5).
/// </summary>
internal sealed record ProposalInfo(
    string Kind,
    string? Session,
    string? Number,
    string? Proposers,
    IReadOnlyList<string> LeadUnits,
    IReadOnlyList<string> AssistingUnits,
    string? ResultCode,
    string? ResultLabel,
    DateOnly? ReplyDate,
    string? Satisfaction)
{
    /// <summary>
    /// The result as a word or code the editor wrote instead of a label (<c>solved</c>, <c>A</c>); readers see the
    /// label <c>proposal_result_&lt;term&gt;</c> from <c>theme/i18n</c>. Null when <see cref="ResultLabel"/> is given.
    /// </summary>
    public string? ResultTerm { get; init; }

    /// <summary>
    /// What the suggestion or proposal is about (事由, 案由 for CPPCC): front matter <c>subject:</c>, else the
    /// 《关于…的建议》 title the reply itself quotes; null when neither states it.
    /// </summary>
    public string? Subject { get; init; }
}

namespace StaticArchive.Theme.Models;

/// <summary>An agency's 建议提案 records, grouped by session.</summary>
public sealed record ProposalsModel(AgencyView Agency, IReadOnlyList<GroupView> Groups);

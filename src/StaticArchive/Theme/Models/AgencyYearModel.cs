namespace StaticArchive.Theme.Models;

/// <summary>One year of one agency: its documents by type.</summary>
public sealed record AgencyYearModel(AgencyView Agency, IReadOnlyList<GroupView> Groups);

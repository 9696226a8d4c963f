namespace StaticArchive.Theme.Models;

/// <summary>Agencies of one level (省级, 市级…), each with its sub-agencies.</summary>
public sealed record GroupedAgenciesView(string Title, string Id, IReadOnlyList<AgencyItemView> Agencies);

namespace StaticArchive.Theme.Models;

/// <summary>The agency directory: agencies by level, each with the tree of agencies under it.</summary>
public sealed record AgencyDirectoryModel(IReadOnlyList<GroupedAgenciesView> Levels);

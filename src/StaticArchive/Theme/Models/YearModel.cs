namespace StaticArchive.Theme.Models;

/// <summary>One page of a year's documents, grouped by agency.</summary>
public sealed record YearModel(IReadOnlyList<GroupView> Groups);

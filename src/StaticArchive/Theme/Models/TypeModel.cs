namespace StaticArchive.Theme.Models;

/// <summary>One page of the documents of a type.</summary>
public sealed record TypeModel(IReadOnlyList<GroupView> Groups);

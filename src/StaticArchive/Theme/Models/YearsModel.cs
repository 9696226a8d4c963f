namespace StaticArchive.Theme.Models;

/// <summary>The index of years, each with its number of documents.</summary>
public sealed record YearsModel(IReadOnlyList<CountLinkView> Years);

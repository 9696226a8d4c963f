namespace StaticArchive.Theme.Models;

/// <summary>The index of document types, each with its number of documents.</summary>
public sealed record TypesModel(IReadOnlyList<CountLinkView> Types);

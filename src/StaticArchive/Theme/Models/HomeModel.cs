namespace StaticArchive.Theme.Models;

/// <summary>The home page: the latest documents, the years, and the agencies with the most documents.</summary>
/// <param name="Groups">The latest documents, as one group.</param>
/// <param name="Years">Every year with its number of documents, newest first.</param>
/// <param name="Agencies">The agencies with the most documents.</param>
public sealed record HomeModel(IReadOnlyList<GroupView> Groups, IReadOnlyList<CountLinkView> Years, IReadOnlyList<CountLinkView> Agencies);

namespace StaticArchive.Search.Query;

/// <summary>A page of results.</summary>
/// <param name="Hits">The verified results of this page.</param>
/// <param name="Count">Candidates left after verification so far; exact when <paramref name="Exact"/>.</param>
/// <param name="Exact">False while some unverified candidates may still be false matches.</param>
/// <param name="Next">Where the next page starts in the candidate list, or -1 when there is none.</param>
/// <param name="Facets">Counts per year, type and agency for the current query (before filtering).</param>
internal sealed record SearchPage(IReadOnlyList<SearchHit> Hits, int Count, bool Exact, int Next, IReadOnlyDictionary<string, int> Facets);

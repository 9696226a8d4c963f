namespace StaticArchive.Search.Query;

/// <summary>
/// The reference query engine; search-engine.js is a direct port. A query is the AND of its parts; a part's
/// candidates are the AND of its terms, bigrams filtered by their next-character signatures. Candidates rank
/// by summed impacts, ties by id (newest year first); shown results are verified against their fragments.
/// </summary>
internal sealed class SearchEngine(SearchIndexReader index)
{
    // The reference engine is for tests and tools: it keeps what it has read.
    private readonly Dictionary<int, List<string>> _normalized = [];

    /// <summary>Returns one page of verified results starting at candidate <paramref name="start"/>.</summary>
    public SearchPage Search(string query, SearchFilter? filter = null, int start = 0, int pageSize = 10)
    {
        var parsed = SearchQuery.Parse(query);
        var (ids, scores) = Candidates(parsed);
        var facets = CountFacets(ids, filter?.Agency is not null);
        var kept = Filter(ids, scores, filter ?? new SearchFilter());
        var verify = parsed.Parts.Any(p => !p.IndexIsExact);
        var hits = new List<SearchHit>();
        var rejected = 0;
        var at = start;
        for (; at < kept.Count && hits.Count < pageSize; at++)
        {
            var fragment = index.Fragment(kept[at].Id);
            if (!verify || parsed.Parts.All(p => NormalizedFields(kept[at].Id, fragment).Any(p.MatchesField)))
            {
                hits.Add(new SearchHit(kept[at].Id, kept[at].Score, fragment));
            }
            else
            {
                rejected++;
            }
        }
        var exact = !verify || at >= kept.Count && start == 0;
        return new SearchPage(hits, kept.Count - rejected, exact, at < kept.Count ? at : -1, facets);
    }

    /// <summary>Every verified result, in rank order (for tests: checks each candidate's fragment).</summary>
    public IReadOnlyList<SearchHit> SearchAll(string query, SearchFilter? filter = null)
    {
        var page = Search(query, filter, 0, int.MaxValue);
        return page.Hits;
    }

    private List<string> NormalizedFields(int id, SearchFragment fragment)
    {
        if (!_normalized.TryGetValue(id, out var fields))
        {
            _normalized[id] = fields = [.. fragment.Fields().Select(SearchTokenizer.Normalize)];
        }
        return fields;
    }

    /// <summary>Whether some field of the fragment contains every part of the query.</summary>
    public static bool Verify(SearchQuery query, SearchFragment fragment)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(fragment);
        var fields = fragment.Fields().Select(SearchTokenizer.Normalize).ToList();
        return query.Parts.All(p => fields.Any(p.MatchesField));
    }

    private (int[] Ids, Dictionary<int, int> Scores) Candidates(SearchQuery query)
    {
        int[]? ids = null;
        var scores = new Dictionary<int, int>();
        foreach (var part in query.Parts)
        {
            foreach (var term in part.Terms)
            {
                var entries = index.Lookup(term.Term, term.Prefix);
                var matched = new Dictionary<int, int>();
                foreach (var entry in entries)
                {
                    var p = index.Postings(entry);
                    var bit = term.Next < 0 ? 0xFF : 1 << SearchHash.SignatureBit(term.Next);
                    for (var i = 0; i < p.Docs.Length; i++)
                    {
                        if ((p.Signatures[i] & bit) != 0)
                        {
                            matched[p.Docs[i]] = Math.Max(matched.GetValueOrDefault(p.Docs[i]), p.Impacts[i]);
                        }
                    }
                }
                ids = ids is null ? [.. matched.Keys.Order()] : [.. ids.Where(matched.ContainsKey)];
                foreach (var id in ids)
                {
                    scores[id] = scores.GetValueOrDefault(id) + matched[id];
                }
            }
        }
        return (ids ?? [], scores);
    }

    private List<(int Id, int Score)> Filter(int[] ids, Dictionary<int, int> scores, SearchFilter filter)
    {
        var agencyOf = filter.Agency is null ? null : index.AgencyOf();
        var agency = filter.Agency is null ? -1 : index.Agencies.ToList().FindIndex(a => a.Slug == filter.Agency);
        var type = filter.Type is null ? -1 : index.Types.ToList().FindIndex(t => t.Type == filter.Type);
        return [.. ids
            .Where(id => (filter.Year is null || index.YearOf[id] == filter.Year)
                && (type < 0 || index.TypeOf[id] == type)
                && (agencyOf is null || agencyOf[id] == agency))
            .Select(id => (id, scores[id]))
            .OrderByDescending(x => x.Item2).ThenBy(x => x.id)];
    }

    private Dictionary<string, int> CountFacets(int[] ids, bool agencies)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var agencyOf = agencies ? index.AgencyOf() : null;
        foreach (var id in ids)
        {
            Increment(counts, $"year:{index.YearOf[id]}");
            Increment(counts, $"type:{index.Types[index.TypeOf[id]].Type}");
            if (agencyOf is not null)
            {
                Increment(counts, $"agency:{index.Agencies[agencyOf[id]].Slug}");
            }
        }
        return counts;
    }

    private static void Increment(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}

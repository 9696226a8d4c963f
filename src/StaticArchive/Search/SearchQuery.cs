namespace StaticArchive.Search;

/// <summary>
/// A parsed query: the AND of its whitespace-separated parts. Each part means "this exact text occurs",
/// Latin words aligned to a word start; the terms are what the index must hold for that to be possible.
/// </summary>
internal sealed record SearchQuery(IReadOnlyList<QueryPart> Parts)
{
    /// <summary>Parses a query string with the same tokenizer as the index.</summary>
    public static SearchQuery Parse(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parts = new List<QueryPart>();
        foreach (var raw in SearchTokenizer.Normalize(query).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var part = ParsePart(raw);
            if (part.Terms.Count > 0 && !parts.Any(p => p.Text == part.Text))
            {
                parts.Add(part);
            }
        }
        return new SearchQuery(parts);
    }

    /// <summary>True when the query has nothing to look up.</summary>
    public bool IsEmpty => Parts.Count == 0;

    private static QueryPart ParsePart(string text)
    {
        var cps = SearchTokenizer.CodePoints(text);
        // Separators at either end can't be matched meaningfully by the index; trim them so the part stays exact.
        var from = 0;
        var to = cps.Length;
        while (from < to && !IsTokenChar(cps[from]))
        {
            from++;
        }
        while (to > from && !IsTokenChar(cps[to - 1]))
        {
            to--;
        }
        var span = cps.AsSpan(from, to - from);
        var terms = new List<QueryTerm>();
        var i = 0;
        while (i < span.Length)
        {
            var end = i;
            if (SearchTokenizer.IsCjk(span[i]))
            {
                while (end < span.Length && SearchTokenizer.IsCjk(span[end]))
                {
                    end++;
                }
                AddCjkRun(terms, span[i..end], end < span.Length);
            }
            else if (SearchTokenizer.IsWordChar(span[i]))
            {
                while (end < span.Length && SearchTokenizer.IsWordChar(span[end]))
                {
                    end++;
                }
                terms.Add(new QueryTerm(SearchTokenizer.FromCodePoints(span[i..end]), end == span.Length, -1));
            }
            else
            {
                end++;
            }
            i = end;
        }
        var distinct = terms.Distinct().ToList();
        return new QueryPart(SearchTokenizer.FromCodePoints(span), distinct,
            span.Length > 0 && SearchTokenizer.IsWordChar(span[0]));
    }

    private static bool IsTokenChar(int cp) => SearchTokenizer.IsCjk(cp) || SearchTokenizer.IsWordChar(cp);

    private static void AddCjkRun(List<QueryTerm> terms, ReadOnlySpan<int> run, bool followed)
    {
        if (run.Length == 1)
        {
            terms.Add(new QueryTerm(char.ConvertFromUtf32(run[0]), false, -1));
            return;
        }
        for (var k = 0; k + 1 < run.Length; k++)
        {
            var next = k + 2 < run.Length ? run[k + 2] : followed ? 0 : -1;
            terms.Add(new QueryTerm(char.ConvertFromUtf32(run[k]) + char.ConvertFromUtf32(run[k + 1]), false, next));
        }
    }
}

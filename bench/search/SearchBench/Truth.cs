using StaticArchive.Core;
using StaticArchive.Search;
using StaticArchive.Search.Query;

namespace StaticArchive.SearchBench;

/// <summary>Recall and precision for the benchmark queries: the engine's verified results against brute force.</summary>
internal static class Truth
{
    public static readonly string[] Queries = ["复议", "行政复议", "政府信息公开", "信息化", "决算公开", "人民政府", "公开", "2023", "年度报告",
        "依申请公开", "行政诉讼", "政务新媒体", "主动公开", "工作存在的主要问题"];

    public static IEnumerable<object> Check(IReadOnlyList<SearchDocument> docs, IReadOnlyList<OutputFile> files)
    {
        var map = files.ToDictionary(f => f.Path, f => f.Content);
        var engine = new SearchEngine(new SearchIndexReader(p => map.GetValueOrDefault(p)));
        var normalized = docs.Select(d => (d.Url, Fields: SearchFields.Of(d).Select(f => SearchTokenizer.Normalize(f.Text)).ToList())).ToList();
        foreach (var q in Queries)
        {
            var parsed = SearchQuery.Parse(q);
            var truth = normalized.Where(d => parsed.Parts.All(p => d.Fields.Any(p.MatchesField))).Select(d => d.Url).ToHashSet(StringComparer.Ordinal);
            var first = engine.Search(q);
            var found = engine.SearchAll(q).Select(h => h.Fragment.Url).ToList();
            yield return new { q, truth = truth.Count, candidates = first.Count, verified = found.Count, correct = found.Count(truth.Contains) };
        }
    }
}

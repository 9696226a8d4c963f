using StaticArchive.Search;
using StaticArchive.Search.Query;

namespace StaticArchive.Tests.Search;

/// <summary>The index's answers equal a brute-force substring search over the same documents' fields.</summary>
public sealed class OracleTests
{
    internal static readonly string[] QueryList =
    [
        "复", "议", "公", "𠀀", "カ", "复议", "行政复议", "政府信息公开", "政府信息公开工作年度报告", "主要问题及改进情况",
        "人民政府", "信息化", "预决算", "2023", "2019", "gov", "wcag", "GB/T", "gb/t 22239", "000",
        "2023年", "虚构 复议", "年度报告", "办公室", "example.gov.cn", "一、总体情况", "不存在的词组合",
    ];

    /// <summary>The queries the generated archive has no match for; every other one must find something.</summary>
    private static readonly HashSet<string> Absent = ["𠀀", "カ", "不存在的词组合"];

    public static readonly TheoryData<string> Queries = [.. QueryList];

    [Theory]
    [MemberData(nameof(Queries))]
    public void Results_equal_brute_force_substring_search(string query)
    {
        var engine = TestCorpus.Engine;
        var expected = BruteForce(TestCorpus.Documents, query);
        var actual = engine.SearchAll(query).Select(h => h.Fragment.Url).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, actual);
        Assert.Equal(Absent.Contains(query), expected.Count == 0);
    }

    [Fact]
    public void Synthetic_corpus_with_astral_kana_hangul_and_latin_matches_brute_force()
    {
        var docs = TestCorpus.Synthetic(120);
        var engine = new SearchEngine(new SearchIndexReader(TestCorpus.Reader(TestCorpus.Index(docs, 200))));
        foreach (var q in new[] { "𠀁", "𠀀𠀁是", "カタカナ", "한국어", "gb/t", "wcag 2.1", "22239-2019", "复议", "c", "x" })
        {
            Assert.Equal(BruteForce(docs, q), engine.SearchAll(q).Select(h => h.Fragment.Url).Order(StringComparer.Ordinal).ToList());
        }
    }

    [Fact]
    public void Phrase_split_across_source_lines_is_found_and_latin_lines_are_not_glued()
    {
        string[] bodies = ["本机关政府信\n息公开工作稳步推进。", "依据WCAG\n2.1改造。", "政府信息\n\n公开另段。"];
        var docs = bodies.Select((b, i) => new SearchDocument($"a/2023/d{i}/", "标题", CorpusReader.Text(b), "a", "机关", 2023, "document", "文件", "2024-01-01")).ToList();
        var engine = new SearchEngine(new SearchIndexReader(TestCorpus.Reader(TestCorpus.Index(docs))));
        Assert.Equal(["a/2023/d0/"], engine.SearchAll("政府信息公开").Select(h => h.Fragment.Url));
        Assert.Equal(["a/2023/d1/"], engine.SearchAll("wcag 2.1").Select(h => h.Fragment.Url));
        Assert.Empty(engine.SearchAll("wcag2"));
    }

    [Fact]
    public void Page_count_and_facets_agree_with_the_full_list()
    {
        var engine = new SearchEngine(new SearchIndexReader(TestCorpus.Reader(TestCorpus.Files)));
        var all = engine.SearchAll("复议");
        var page = engine.Search("复议");
        Assert.True(page.Exact);
        Assert.Equal(all.Count, page.Count);
        Assert.Equal(all.Take(10).Select(h => h.Id), page.Hits.Select(h => h.Id));
        var year = all[0].Fragment.Year;
        Assert.Equal(all.Count(h => h.Fragment.Year == year), page.Facets[$"year:{year}"]);
        var filtered = engine.SearchAll("复议", new SearchFilter(Year: year, Agency: all[0].Fragment.AgencySlug));
        Assert.Equal(all.Where(h => h.Fragment.Year == year && h.Fragment.AgencySlug == all[0].Fragment.AgencySlug).Select(h => h.Id), filtered.Select(h => h.Id));
    }

    /// <summary>Every part must occur in one field, a part starting with a letter or digit at a word start.</summary>
    internal static List<string> BruteForce(IReadOnlyList<SearchDocument> docs, string query)
    {
        var parsed = SearchQuery.Parse(query);
        var normalized = Normalized.GetValue(docs, d => [.. d.Select(x => (x.Url, SearchFields.Of(x).Select(f => SearchTokenizer.Normalize(f.Text)).ToList()))]);
        return [.. normalized
            .Where(d => !parsed.IsEmpty && parsed.Parts.All(p => d.Fields.Any(p.MatchesField)))
            .Select(d => d.Url).Order(StringComparer.Ordinal)];
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<SearchDocument>, List<(string Url, List<string> Fields)>> Normalized = [];
}

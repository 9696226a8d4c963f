using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StaticArchive.Search;

namespace StaticArchive.Tests.Search;

/// <summary>The tokenizer against the golden file that search-tokenizer.js is checked against too.</summary>
public sealed class TokenizerTests
{
    internal const int GoldenBuckets = 64;

    internal static readonly string GoldenPath = Path.Combine(RepoRoot(), "tests/StaticArchive.Tests/Search/tokenizer-cases.json");

    private static readonly string[] Inputs =
    [
        "复", "复议", "政府信息公开", "ＧＢ／Ｔ　２２２３９－２０１９", "GB/T 22239-2019", "WCAG 2.1 AA", "2023年度报告",
        "xinxi@linzi.gov.cn", "𠀀𠀁 𪚥", "カタカナ ﾊﾝｶｸ", "한국어 검색", "Ünïcödé ÉCOLE İstanbul", "①②③ ㈱ ㍻",
        "临淄区人民政府办公室\n关于", "  ", "—…《》", "e\u0301t\u00e9", "政府a公开", "ΣΑΣ",
    ];

    [Fact]
    public void Golden_file_matches_the_tokenizer()
    {
        var actual = Golden().ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        if (Environment.GetEnvironmentVariable("SEARCH_GOLDEN_UPDATE") == "1")
        {
            File.WriteAllText(GoldenPath, actual + "\n");
        }
        Assert.Equal(File.ReadAllText(GoldenPath).TrimEnd(), actual);
    }

    [Fact]
    public void Cjk_yields_every_character_and_overlapping_bigrams()
    {
        Assert.Equal(["政", "政府", "府", "府信", "信"], SearchTokenizer.DocumentTerms("政府信"));
    }

    [Fact]
    public void Latin_is_case_folded_words_and_slash_separates()
    {
        Assert.Equal(["gb", "t", "22239", "2019"], SearchTokenizer.DocumentTerms("GB/T 22239-2019"));
        Assert.Equal(["wcag", "2", "1"], SearchTokenizer.DocumentTerms("ＷＣＡＧ 2.1"));
    }

    [Fact]
    public void Astral_han_is_cjk()
    {
        Assert.Equal(["𠀀", "𠀀𠀁", "𠀁"], SearchTokenizer.DocumentTerms("𠀀𠀁"));
    }

    [Fact]
    public void Query_words_are_exact_except_the_last_which_is_a_prefix()
    {
        var part = Assert.Single(SearchQuery.Parse("GB/T").Parts);
        Assert.Equal([new QueryTerm("gb", false, -1), new QueryTerm("t", true, -1)], part.Terms);
        Assert.True(part.StartsWithWord);
    }

    [Fact]
    public void Query_bigrams_carry_the_next_character()
    {
        var part = Assert.Single(SearchQuery.Parse("人民政府").Parts);
        Assert.Equal([new QueryTerm("人民", false, '政'), new QueryTerm("民政", false, '府'), new QueryTerm("政府", false, -1)], part.Terms);
    }

    internal static JsonArray Golden()
    {
        var cases = new JsonArray();
        foreach (var input in Inputs)
        {
            var query = SearchQuery.Parse(input);
            cases.Add(new JsonObject
            {
                ["input"] = input,
                ["normalized"] = SearchTokenizer.Normalize(input),
                ["terms"] = new JsonArray([.. SearchTokenizer.DocumentTerms(input).Select(t => (JsonNode)t)]),
                ["query"] = new JsonArray([.. query.Parts.Select(p => (JsonNode)new JsonObject
                {
                    ["text"] = p.Text,
                    ["startsWithWord"] = p.StartsWithWord,
                    ["terms"] = new JsonArray([.. p.Terms.Select(t => (JsonNode)new JsonArray(t.Term, t.Prefix, t.Next))]),
                })]),
                ["buckets"] = new JsonArray([.. SearchTokenizer.DocumentTerms(input).Select(t => (JsonNode)SearchHash.Bucket(t, GoldenBuckets))]),
                ["signatureBits"] = new JsonArray([.. SearchTokenizer.CodePoints(SearchTokenizer.Normalize(input)).Select(c => (JsonNode)SearchHash.SignatureBit(c))]),
            });
        }
        return cases;
    }

    internal static string RepoRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "StaticArchive.sln")))
        {
            dir = Path.GetDirectoryName(dir)!;
        }
        return dir;
    }
}

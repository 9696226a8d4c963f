using StaticArchive.Search;
using StaticArchive.Search.Build;
using StaticArchive.Search.Query;

namespace StaticArchive.Tests.Search;

/// <summary>Result data in passages: the browser reads a prefix of them, so every prefix must be safe to search.</summary>
public sealed class FragmentStoreTests
{
    // A combining accent, a Hangul vowel jamo (composes with the consonant before it under NFKC) and the low half of
    // an astral Han character fall exactly on the first three 160-character marks, where a naive cut would go.
    private static readonly string Tricky =
        Pad(159) + "e\u0301" + Pad(158) + "\u1100\u1161" + Pad(158) + "𠀀" + Pad(200) + "ＡＢ公开 x" + Pad(300);

    private static string Pad(int n) => new('政', n);

    [Fact]
    public void Every_passage_prefix_normalizes_to_a_prefix_of_the_normalized_text()
    {
        var cuts = FragmentStore.Cuts(Tricky);
        Assert.True(cuts.Count > 5);
        Assert.Equal('\u0301', Tricky[160]);
        Assert.Equal('\u1161', Tricky[320]);
        Assert.True(char.IsLowSurrogate(Tricky[480]));
        var whole = SearchTokenizer.Normalize(Tricky);
        Assert.All(cuts, cut =>
        {
            Assert.False(cut > 0 && char.IsLowSurrogate(Tricky[cut]), $"cut {cut} splits a surrogate pair");
            Assert.StartsWith(SearchTokenizer.Normalize(Tricky[..cut]), whole, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Text_read_back_from_head_and_passages_equals_the_original()
    {
        var docs = new[]
        {
            new SearchDocument("a/2023/long/", "标题\"引号\"", Tricky, "a", "机关", 2023, "document", "文件", "2024-01-01"),
            new SearchDocument("a/2023/short/", "短", "短文", "a", "机关", 2023, "document", "文件", "2024-01-02"),
            new SearchDocument("a/2023/empty/", "空", "", "a", "机关", 2023, "document", "文件", "2024-01-03"),
        };
        var reader = new SearchIndexReader(TestCorpus.Reader(TestCorpus.Index(docs)));
        var read = Enumerable.Range(0, docs.Length).Select(reader.Fragment).ToDictionary(f => f.Url);
        Assert.All(docs, d => Assert.Equal(d, read[d.Url].ToDocument()));
    }
}

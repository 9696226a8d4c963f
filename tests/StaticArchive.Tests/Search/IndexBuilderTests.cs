using StaticArchive.Search;

namespace StaticArchive.Tests.Search;

public sealed class IndexBuilderTests
{
    [Fact]
    public void Two_builds_of_the_same_documents_are_byte_identical()
    {
        var docs = TestCorpus.Synthetic(80);
        var a = TestCorpus.Index(docs, 300);
        var b = TestCorpus.Index(docs, 300);
        Assert.Equal(a.Select(f => f.Path), b.Select(f => f.Path));
        Assert.All(a.Zip(b), p => Assert.Equal(p.First.Content, p.Second.Content));
    }

    [Fact]
    public void Every_file_is_under_search_and_gzip_has_no_timestamp()
    {
        var files = TestCorpus.Index(TestCorpus.Synthetic(40));
        Assert.All(files, f => Assert.StartsWith("search/", f.Path));
        Assert.Contains(files, f => f.Path == "search/manifest.json");
        Assert.All(files.Where(f => f.Path.EndsWith(".gz", StringComparison.Ordinal)), f =>
        {
            Assert.Equal([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255], f.Content.Take(10).ToArray());
        });
    }

    [Fact]
    public void Small_shard_target_splits_hot_buckets_and_search_still_finds_everything()
    {
        var docs = TestCorpus.Synthetic(60);
        var files = TestCorpus.Index(docs, 64);
        Assert.Contains(files, f => f.Path.Contains('-', StringComparison.Ordinal) && f.Path.StartsWith("search/s/", StringComparison.Ordinal));
        var engine = new StaticArchive.Search.Query.SearchEngine(new StaticArchive.Search.Query.SearchIndexReader(TestCorpus.Reader(files)));
        Assert.Equal(OracleTests.BruteForce(docs, "政府信息"), engine.SearchAll("政府信息").Select(h => h.Fragment.Url).Order(StringComparer.Ordinal));
        Assert.Equal(OracleTests.BruteForce(docs, "20"), engine.SearchAll("20").Select(h => h.Fragment.Url).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Manifest_stays_small()
    {
        var files = TestCorpus.Files;
        Assert.True(files.Single(f => f.Path == "search/manifest.json").Content.Length < 1024);
    }
}

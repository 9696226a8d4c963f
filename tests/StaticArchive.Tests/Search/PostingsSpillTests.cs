using StaticArchive.Core;
using StaticArchive.Search;

namespace StaticArchive.Tests.Search;

public sealed class PostingsSpillTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2048)]
    public void Spilling_postings_to_segments_changes_no_byte_of_the_index(long spillBytes)
    {
        var docs = TestCorpus.Synthetic(700);
        var inMemory = Index(docs, long.MaxValue);
        var spilled = Index(docs, spillBytes);
        Assert.Equal(inMemory.Select(f => f.Path), spilled.Select(f => f.Path));
        Assert.All(inMemory.Zip(spilled), p => Assert.Equal(p.First.Content, p.Second.Content));
    }

    private static IReadOnlyList<OutputFile> Index(IEnumerable<SearchDocument> docs, long spillBytes)
    {
        var builder = new SearchIndexBuilder(1200, spillBytes);
        foreach (var d in docs)
        {
            builder.Add(d);
        }
        return builder.Build();
    }
}

using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Site;

public sealed class DeterminismTests
{
    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        var first = SiteTest.Build(Sites.Small).AssertSucceeded();
        var snapshot = first.Files.Files.Where(f => f.Key.StartsWith("/site/output/", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value);
        first.Rebuild();
        var second = first.Files.Files.Where(f => f.Key.StartsWith("/site/output/", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value);

        Assert.Equal(snapshot.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in snapshot)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs between builds");
        }
    }
}

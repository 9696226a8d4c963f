using System.Text;
using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.IO;
using StaticArchive.Testing;

namespace StaticArchive.Tests.Site;

/// <summary>
/// Two builds of the same content are byte-identical. Each build here is cold (a fresh folder, so no stamp and no
/// page cache): a build that finds the last one's stamp writes nothing and would prove nothing.
/// </summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_cold_builds_of_the_sample_archive_on_disk_are_byte_identical()
    {
        var sample = Path.Combine(Search.TokenizerTests.RepoRoot(), "content");
        var first = Directory.CreateTempSubdirectory("sa-determinism-a-").FullName;
        var second = Directory.CreateTempSubdirectory("sa-determinism-b-").FullName;
        try
        {
            AssertSame(ColdBuildOnDisk(sample, first), ColdBuildOnDisk(sample, second));
        }
        finally
        {
            Directory.Delete(first, recursive: true);
            Directory.Delete(second, recursive: true);
        }
    }

    [Fact]
    public void Two_cold_builds_of_a_generated_archive_are_byte_identical()
    {
        var archive = ArchiveGenerator.Generate(300);
        AssertSame(ColdBuildInMemory(archive), ColdBuildInMemory(archive));
    }

    // Copies the content into a folder of its own, so the two builds share no cache either.
    private static Dictionary<string, byte[]> ColdBuildOnDisk(string content, string root)
    {
        foreach (var file in Directory.EnumerateFiles(content, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(root, "content", Path.GetRelativePath(content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var output = Path.Combine(root, "output");
        var result = new SiteBuilder(PhysicalFileSystem.Instance).Build(new BuildOptions(Path.Combine(root, "content"), Path.Combine(root, "theme"), output));
        AssertCold(result);
        return Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(output, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);
    }

    private static Dictionary<string, byte[]> ColdBuildInMemory(GeneratedArchive archive)
    {
        var files = new MemoryFileSystem();
        foreach (var (path, text) in archive.Files)
        {
            files.WriteAllBytes("/site/" + path, Encoding.UTF8.GetBytes(text));
        }

        var result = new SiteBuilder(files).Build(new BuildOptions("/site/content", "/site/theme", "/site/output"));
        AssertCold(result);
        return files.Files.Where(f => f.Key.StartsWith("/site/output/", StringComparison.Ordinal))
            .ToDictionary(f => f.Key["/site/output/".Length..], f => f.Value, StringComparer.Ordinal);
    }

    private static void AssertCold(BuildResult result)
    {
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.False(result.UpToDate);
        Assert.True(result.PagesWritten > 10, $"only {result.PagesWritten} pages written");
        Assert.Equal(result.PagesWritten, result.RenderedPages.Count);
    }

    private static void AssertSame(Dictionary<string, byte[]> first, Dictionary<string, byte[]> second)
    {
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        var differing = first.Where(f => !f.Value.AsSpan().SequenceEqual(second[f.Key])).Select(f => f.Key).ToList();
        Assert.True(differing.Count == 0, "differ between two cold builds: " + string.Join(", ", differing.Take(20)));
    }
}

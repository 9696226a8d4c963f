using System.Text;
using StaticArchive.Build;
using StaticArchive.Checks;
using StaticArchive.Core;
using StaticArchive.IO;
using StaticArchive.Testing;

namespace StaticArchive.Tests.Generation;

/// <summary>The test archives' generator: reproducible, in our layout, buildable, and plainly invented.</summary>
public sealed class ArchiveGeneratorTests
{
    private static readonly Lazy<GeneratedArchive> Archive = new(() => ArchiveGenerator.Generate(400));

    [Fact]
    public void The_same_size_and_seed_give_the_same_files_and_another_seed_other_files()
    {
        var again = ArchiveGenerator.Generate(400);
        Assert.Equal(Archive.Value.Files, again.Files);
        Assert.NotEqual(Archive.Value.Files.Values, ArchiveGenerator.Generate(400, seed: 2).Files.Values);
    }

    [Fact]
    public void Written_to_disk_the_files_are_the_ones_in_memory()
    {
        var archive = ArchiveGenerator.Generate(30);
        var root = Directory.CreateTempSubdirectory("sa-generated-").FullName;
        try
        {
            var content = archive.WriteTo(root);
            Assert.Equal(Path.Combine(root, "content"), content);
            var written = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => File.ReadAllBytes(f));
            Assert.Equal(archive.Files.Keys.Order(StringComparer.Ordinal), written.Keys.Order(StringComparer.Ordinal));
            Assert.All(archive.Files, f => Assert.Equal(Encoding.UTF8.GetBytes(f.Value), written[f.Key]));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(400)]
    public void It_writes_as_many_documents_as_asked_every_agency_with_a_parent_that_exists(int documents)
    {
        var archive = documents == 400 ? Archive.Value : ArchiveGenerator.Generate(documents);
        var markdown = archive.Files.Keys.Where(p => p.EndsWith(".md", StringComparison.Ordinal)).ToList();
        Assert.Equal(documents, markdown.Count);
        Assert.Equal(markdown, archive.Manifest.Documents);
        Assert.True(archive.Manifest.Agencies.Count >= 3);
        foreach (var slug in archive.Manifest.Agencies)
        {
            var yaml = archive.Files[$"content/{slug}/_agency.yml"];
            var parent = yaml.Split('\n').FirstOrDefault(l => l.StartsWith("parent: ", StringComparison.Ordinal));
            Assert.True(parent is null || archive.Manifest.Agencies.Contains(parent["parent: ".Length..]), $"{slug}: {parent}");
        }
    }

    [Fact]
    public void A_larger_archive_spans_every_level_year_and_type_with_both_report_formats()
    {
        var files = Archive.Value.Files;
        foreach (var level in new[] { "level: 省级", "level: 市级", "level: 县级", "level: 乡镇" })
        {
            Assert.Contains(files, f => f.Key.EndsWith("/_agency.yml", StringComparison.Ordinal) && f.Value.Contains(level, StringComparison.Ordinal));
        }

        for (var year = 2019; year <= 2025; year++)
        {
            Assert.Contains(files.Keys, p => p.Contains($"/{year}/", StringComparison.Ordinal));
        }

        foreach (var type in new[] { "type: annual-report", "type: guide", "type: proposal" })
        {
            Assert.Contains(files.Values, t => t.Contains(type, StringComparison.Ordinal));
        }

        Assert.Contains(files.Values, t => t.Contains("format_version: gb2019", StringComparison.Ordinal));
        Assert.Contains(files.Values, t => t.Contains("format_version: gb2021", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_agency_and_the_site_say_they_are_invented_and_no_name_of_the_seed_report_is_left()
    {
        var files = Archive.Value.Files;
        Assert.Contains("虚构", files["content/site.yml"], StringComparison.Ordinal);
        foreach (var (path, text) in files.Where(f => f.Key.EndsWith("/_agency.yml", StringComparison.Ordinal)))
        {
            Assert.StartsWith("name: 虚构", text, StringComparison.Ordinal);
            Assert.Contains("region: 虚构", text, StringComparison.Ordinal);
        }

        foreach (var real in new[] { "临淄", "淄博", "山东", "齐兴路", "0533-", "255400", "lzqjxjbgs", "shandong", "⟨", "⟩" })
        {
            Assert.DoesNotContain(files, f => f.Value.Contains(real, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void It_builds_with_no_diagnostic_but_the_editors_reminders_and_every_document_gets_its_page()
    {
        var archive = ArchiveGenerator.Generate(150);
        var files = new MemoryFileSystem();
        foreach (var (path, text) in archive.Files)
        {
            files.WriteAllBytes("/site/" + path, Encoding.UTF8.GetBytes(text));
        }

        var result = new SiteBuilder(files).Build(new BuildOptions("/site/content", "/site/theme", "/site/output"));

        // Blank cells and proposal fields left empty are in the generated archive on purpose, as in real ones;
        // the build names them (as check does), and nothing else.
        var unexpected = result.Diagnostics.Where(d => d.Code is not (CheckCodes.BlankCells or CheckCodes.ProposalField)).ToList();
        Assert.True(unexpected.Count == 0, string.Join('\n', unexpected));
        Assert.Equal(150, result.Documents);
        Assert.All(archive.Manifest.Documents, d => Assert.True(files.FileExists("/site/output/" + d["content/".Length..^".md".Length] + "/index.html"), d));
    }
}

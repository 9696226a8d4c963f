using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.Import;
using StaticArchive.IO;

namespace StaticArchive.Tests.Import;

/// <summary>A folder import of the whole corpus: stable, recognised when repeated, and the result builds.</summary>
public sealed class CorpusFolderTests
{
    [Fact]
    public void Importing_the_corpus_folder_twice_writes_byte_identical_files_in_the_same_order()
    {
        var (first, firstReport) = ImportCorpus.Import("pingtan", ImportCorpus.Root);
        var (second, secondReport) = ImportCorpus.Import("pingtan", ImportCorpus.Root);
        var firstFiles = Files(first);
        var secondFiles = Files(second);
        Assert.Equal(firstFiles.Keys, secondFiles.Keys);
        Assert.True(firstFiles.Count >= 20, $"only {firstFiles.Count} files written");
        foreach (var (path, bytes) in firstFiles)
        {
            Assert.True(bytes.SequenceEqual(secondFiles[path]), $"{path} differs between two imports");
        }

        Assert.Equal(firstReport.Documents.Select(d => d.Input), secondReport.Documents.Select(d => d.Input));
        Assert.Equal(firstReport.Documents.Select(d => string.Join('|', d.Outputs)), secondReport.Documents.Select(d => string.Join('|', d.Outputs)));
    }

    [Fact]
    public void A_folder_import_takes_the_html_of_a_page_and_not_its_text_and_reads_every_page()
    {
        var (_, report) = ImportCorpus.Import("pingtan", ImportCorpus.Root);
        Assert.Equal(14, report.Documents.Count); // 13 crawled pages and the seed
        Assert.All(report.Documents.Where(d => d.Input.Contains("source", StringComparison.Ordinal)), d => Assert.EndsWith("source.html", d.Input, StringComparison.Ordinal));
        Assert.Equal(report.Documents.Select(d => d.Input).Order(StringComparer.Ordinal), report.Documents.Select(d => d.Input));
    }

    [Fact]
    public void A_second_import_of_the_same_sources_is_recognised_and_writes_nothing()
    {
        var content = ImportCorpus.NewContent();
        Importer.Run(new ImportRequest([ImportCorpus.Root], "pingtan", content));
        var before = Files(content);
        var again = Importer.Run(new ImportRequest([ImportCorpus.Root], "pingtan", content));
        Assert.All(again.Documents, d => Assert.Equal("already-imported", d.Outcome));
        Assert.Equal(before.Keys, Files(content).Keys);

        // The same page's text is the same source (same address), so it is recognised too.
        var text = Importer.Run(new ImportRequest([ImportCorpus.PathOf("report-2019-pingtan-zhsyq", "source.txt")], "pingtan", content));
        Assert.Equal("already-imported", ImportCorpus.Single(text).Outcome);
        Assert.Equal(["content/pingtan/2019/annual-report.md"], ImportCorpus.Single(text).Outputs);
    }

    [Fact]
    public void Force_reimports_over_the_previous_file_and_nothing_else()
    {
        var content = ImportCorpus.NewContent();
        var source = ImportCorpus.PathOf("report-2024-jinjing-district", "source.html");
        Importer.Run(new ImportRequest([source], "pingtan", content));
        var path = Path.Combine(content, "pingtan", "2024", "annual-report.md");
        File.WriteAllText(path, File.ReadAllText(path) + "\n编辑者的改动\n");
        var forced = ImportCorpus.Single(Importer.Run(new ImportRequest([source], "pingtan", content, Force: true)));
        Assert.Equal("imported", forced.Outcome);
        Assert.DoesNotContain("编辑者的改动", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(3, Files(content).Count); // the .md, the .yml and _agency.yml
    }

    [Fact]
    public void A_dry_run_reports_the_same_and_writes_nothing()
    {
        var content = ImportCorpus.NewContent();
        var report = Importer.Run(new ImportRequest([ImportCorpus.Root], "pingtan", content, DryRun: true));
        Assert.Empty(Files(content));
        Assert.All(report.Documents, d => Assert.Equal("would-import", d.Outcome));
    }

    [Fact]
    public void The_imported_corpus_builds_with_the_site_build_without_errors()
    {
        var content = ImportCorpus.NewContent();
        File.WriteAllText(Path.Combine(content, "site.yml"), "title: 导入测试文库\n");
        Directory.CreateDirectory(Path.Combine(content, "pingtan"));
        File.WriteAllText(Path.Combine(content, "pingtan", "_agency.yml"), "name: 平潭综合实验区\n");
        var report = Importer.Run(new ImportRequest([ImportCorpus.Root], "pingtan", content));
        var imported = report.Documents.Where(d => d.Outcome == "imported").ToList();
        Assert.Equal(14, imported.Count);

        // The seed states no publication date and the build still requires one: it is the one document left out.
        var seed = imported.Single(d => d.Input.EndsWith("linzi-gxj-2023-annual-report.txt", StringComparison.Ordinal));
        File.Delete(Path.Combine(Path.GetDirectoryName(content)!, seed.Outputs[0]));
        File.Delete(Path.Combine(Path.GetDirectoryName(content)!, seed.Outputs[1]));

        var root = Path.GetDirectoryName(content)!;
        var result = new SiteBuilder(PhysicalFileSystem.Instance).Build(new BuildOptions(content, Path.Combine(root, "theme"), Path.Combine(root, "output"), null));
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var page = File.ReadAllText(Path.Combine(root, "output", "pingtan", "2024", "report-2024-social-affairs-bureau", "index.html"));
        Assert.Contains("复议后起诉", page, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(root, "output", "pingtan", "figures.csv")));
    }

    [Fact]
    public void A_report_naming_another_agency_than_the_folder_is_flagged_for_review()
    {
        var content = ImportCorpus.NewContent();
        Directory.CreateDirectory(Path.Combine(content, "pingtan-jj"));
        File.WriteAllText(Path.Combine(content, "pingtan-jj", "_agency.yml"), "name: 平潭综合实验区金井片区管理局\n");
        var report = Importer.Run(new ImportRequest(
            [ImportCorpus.PathOf("report-2024-jinjing-district", "source.html"), ImportCorpus.PathOf("report-2023-haitan-district", "source.html")], "pingtan-jj", content));
        Assert.DoesNotContain(report.Documents[0].Findings, f => f.Message.Contains("_agency.yml", StringComparison.Ordinal));
        Assert.Contains(report.Documents[1].Findings, f => f.Message == "报告标题中的机关是“平潭综合实验区海坛片区管理局”，而 pingtan-jj/_agency.yml 写的是“平潭综合实验区金井片区管理局”：请确认放在了正确的机关文件夹。");
    }

    private static SortedDictionary<string, byte[]> Files(string content) =>
        new(Directory.GetFiles(content, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(content, f), File.ReadAllBytes), StringComparer.Ordinal);
}

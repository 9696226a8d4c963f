using System.Text;
using StaticArchive.Build;
using StaticArchive.Checks;
using StaticArchive.Core;
using StaticArchive.Incremental;
using StaticArchive.IO;
using StaticArchive.Scaffolding;
using StaticArchive.Tests.Support;
using StaticArchive.Tests.Tables;

namespace StaticArchive.Tests.Drafts;

/// <summary>
/// <c>build</c> never publishes a draft: a document marked <c>draft: true</c> (as every <c>new</c> skeleton is), one
/// still holding 【待填写】, or a report with a table not one cell of which is filled in. It leaves it out of every
/// page, listing, feed, index and dataset and says so (SA1023, the same in <c>check</c>); <c>serve</c> shows it
/// with a 草稿 banner.
/// </summary>
public sealed class DraftTests
{
    private const string Options = "/site/content|/site/theme|/site/output";
    private static readonly DateOnly Today = new(2024, 3, 1);

    [Fact]
    public void Build_does_not_publish_new_skeletons_anywhere()
    {
        var files = Skeletons();

        var result = Build(files);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.True(files.FileExists("/site/output/linzi-gxj/2023/annual-report/index.html"));
        foreach (var url in new[] { "linzi-gxj/2024/annual-report/", "linzi-gxj/2024/guide/", "linzi-gxj/2024/proposal-1/", "new-ju/" })
        {
            Assert.False(files.FileExists($"/site/output/{url}index.html"), url);
        }

        Assert.False(files.FileExists("/site/output/linzi-gxj/2024/annual-report/figures.csv"));
        Assert.False(files.FileExists("/site/output/years/2024/index.html"));
        var everything = string.Concat(files.Files
            .Where(f => f.Key.StartsWith("/site/output/", StringComparison.Ordinal) && !f.Key.EndsWith(".css", StringComparison.Ordinal))
            .Select(f => Encoding.UTF8.GetString(f.Value)));
        Assert.DoesNotContain("linzi-gxj/2024", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("【待填写】", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("临淄区工业和信息化局政府信息公开指南", everything, StringComparison.Ordinal);
        Assert.DoesNotContain("new-ju", everything, StringComparison.Ordinal);

        Assert.Equal(
            ["content/linzi-gxj/2024/annual-report.md", "content/linzi-gxj/2024/guide.md", "content/linzi-gxj/2024/proposals/proposal-1.md", "content/new-ju/2024/annual-report.md"],
            result.Drafts);
        var report = result.Diagnostics.Single(d => d.Code == DiagnosticCodes.Draft && d.File == "content/linzi-gxj/2024/annual-report.md");
        Assert.Equal((Severity.Warning, 5), (report.Severity, report.Line));
        Assert.Contains("draft: true", report.Message, StringComparison.Ordinal);
        Assert.Contains("【待填写】", report.Message, StringComparison.Ordinal);
        Assert.Contains("表二、表三、表四一格数字也没有填", report.Message, StringComparison.Ordinal);
        Assert.Contains("_agency.yml 还有【待填写】", result.Diagnostics.Single(d => d.Code == DiagnosticCodes.Draft && d.File.StartsWith("content/new-ju/", StringComparison.Ordinal)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deleting_draft_true_is_not_enough_while_placeholders_or_a_blank_table_remain()
    {
        var files = Skeletons();
        var path = "/site/content/linzi-gxj/2024/annual-report.md";
        var text = Read(files, path);
        Write(files, path, text.Replace("draft: true\n", "", StringComparison.Ordinal));

        var withMarkers = Build(files);

        Assert.False(files.FileExists("/site/output/linzi-gxj/2024/annual-report/index.html"));
        var draft = withMarkers.Diagnostics.Single(d => d.Code == DiagnosticCodes.Draft && d.File == "content/linzi-gxj/2024/annual-report.md");
        Assert.DoesNotContain("draft: true）", draft.Message, StringComparison.Ordinal);
        Assert.Contains("还有 4 处【待填写】", draft.Message, StringComparison.Ordinal);

        Write(files, path, text.Replace("draft: true\n", "", StringComparison.Ordinal).Replace("【待填写】", "已填写。", StringComparison.Ordinal));
        var blankTables = Build(files);

        Assert.False(files.FileExists("/site/output/linzi-gxj/2024/annual-report/index.html"));
        Assert.Contains("表二、表三、表四一格数字也没有填", blankTables.Diagnostics.Single(d => d.Code == DiagnosticCodes.Draft && d.File == "content/linzi-gxj/2024/annual-report.md").Message, StringComparison.Ordinal);

        Write(files, "/site/content/linzi-gxj/2024/annual-report.yml", TestReports.Yaml(year: 2024));
        var finished = Build(files);

        Assert.DoesNotContain(finished.Diagnostics, d => d.Code == DiagnosticCodes.Draft && d.File == "content/linzi-gxj/2024/annual-report.md");
        Assert.True(files.FileExists("/site/output/linzi-gxj/2024/annual-report/index.html"));
    }

    [Fact]
    public void A_report_with_some_blank_cells_is_published_since_originals_print_blank_cells()
    {
        var site = SiteTest.Build($$$"""
            {{{Sites.Minimal}}}
            {{< table table3 >}}
            -- content/linzi-gxj/2023/annual-report.yml --
            {{{TestReports.Yaml(cells: new Dictionary<string, string> { ["table3.carried_over.other_org"] = "null" })}}}
            """).AssertSucceeded();

        Assert.True(site.Exists("output/linzi-gxj/2023/annual-report/index.html"));
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code == DiagnosticCodes.Draft);
        site.AssertDiagnostic(CheckCodes.BlankCells, "content/linzi-gxj/2023/annual-report.yml");
    }

    [Fact]
    public void Check_reports_exactly_the_warnings_build_reports()
    {
        var files = Skeletons();
        Write(files, "/site/content/linzi-gxj/2024/plan.csv", "a,b\n");
        Write(files, "/site/content/linzi-gxj/2024/plan.md", "---\ntitle: 工作计划\ntype: document\ndate: 2024-02-01\ndraft: true\nattachments:\n  - file: plan.csv\n    title: 计划表\n---\n计划正文。\n");

        var check = new Checker(files).Check(OptionsOf());
        var build = Build(files);

        Assert.Equal(build.Diagnostics, check.Diagnostics);
        Assert.Contains(build.Diagnostics, d => d.Code == DiagnosticCodes.Draft && d.File == "content/linzi-gxj/2024/plan.md" && d.Line == 5);
        Assert.DoesNotContain(build.Diagnostics, d => d.Code == CheckCodes.UnreferencedFile);
        Assert.Equal(3, build.Diagnostics.Count(d => d.Code == CheckCodes.BlankCells && d.File == "content/linzi-gxj/2024/annual-report.yml"));
    }

    [Fact]
    public void Serve_shows_a_draft_with_a_banner_and_marks_it_in_listings()
    {
        var files = Skeletons();

        var result = new SiteBuilder(files) { Session = new IncrementalSession(), ShowDrafts = true }.Build(OptionsOf());

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(4, result.Drafts.Count);
        var page = Read(files, "/site/output/linzi-gxj/2024/annual-report/index.html");
        Assert.Contains("<p class=\"draft-banner\"><strong class=\"draft-mark\">草稿</strong> 草稿：这篇文档还没有完成，只在本地预览（serve）中显示，build 不会发布它。", page, StringComparison.Ordinal);
        Assert.DoesNotContain("draft-banner", Read(files, "/site/output/linzi-gxj/2023/annual-report/index.html"), StringComparison.Ordinal);
        var year = Read(files, "/site/output/linzi-gxj/2024/index.html");
        Assert.Contains("<span class=\"draft-mark\">草稿</span> <a href=\"/linzi-gxj/2024/annual-report/\">", year, StringComparison.Ordinal);
        Assert.DoesNotContain("<span class=\"draft-mark\">草稿</span> <a href=\"/linzi-gxj/2023/", Read(files, "/site/output/linzi-gxj/index.html"), StringComparison.Ordinal);
    }

    // Sites.Minimal plus what `new` writes: an agency, and a report, a guide and a proposal under a real one.
    private static MemoryFileSystem Skeletons()
    {
        var files = new MemoryFileSystem();
        SiteTest.Write(files, Sites.Minimal);
        var scaffolder = new Scaffolder(files, "/site/content", "/site/theme");
        Assert.True(scaffolder.Report("linzi-gxj", 2024).Succeeded);
        Assert.True(scaffolder.Guide("linzi-gxj", 2024, Today).Succeeded);
        Assert.True(scaffolder.Proposal("linzi-gxj", 2024, Today).Succeeded);
        Assert.True(scaffolder.Agency("new-ju").Succeeded);
        Assert.True(scaffolder.Report("new-ju", 2024).Succeeded);
        return files;
    }

    private static BuildOptions OptionsOf()
    {
        var parts = Options.Split('|');
        return new BuildOptions(parts[0], parts[1], parts[2]);
    }

    private static BuildResult Build(MemoryFileSystem files) => new SiteBuilder(files).Build(OptionsOf());

    private static string Read(MemoryFileSystem files, string path) => Encoding.UTF8.GetString(files.ReadAllBytes(path));

    private static void Write(MemoryFileSystem files, string path, string text) => files.WriteAllBytes(path, Encoding.UTF8.GetBytes(text));
}

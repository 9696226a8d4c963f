using System.Text;
using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.Incremental;
using StaticArchive.IO;
using StaticArchive.Tables.Schema;
using StaticArchive.Tests.Support;
using StaticArchive.Tests.Tables;

namespace StaticArchive.Tests.Incremental;

/// <summary>Hugo-style rebuild tests: edit one file, rebuild, assert which pages were rendered again.</summary>
public sealed class IncrementalBuildTests
{
    private const string Report = "linzi-gxj/2023/annual-report/index.html";
    private const string WorkPlan = "zibo-zfb/2023/work-plan/index.html";

    [Fact]
    public void Unchanged_rebuild_renders_nothing_and_writes_nothing()
    {
        var site = SiteTest.Build(Sites.Small).AssertSucceeded();
        Assert.NotEmpty(site.Result.RenderedPages);
        var before = Snapshot(site.Files);

        // Without the build stamp the whole pipeline runs, and the page cache still keeps every page.
        site.Files.DeleteFile(BuildStamp.PathFor(new BuildOptions("/site/content", "/site/theme", "/site/output")));
        var again = site.Rebuild();

        Assert.True(again.Succeeded);
        Assert.False(again.UpToDate);
        Assert.Empty(again.RenderedPages);
        Assert.Empty(again.ChangedFiles);
        Assert.Equal(before, Snapshot(site.Files));
    }

    [Fact]
    public void Editing_one_document_renders_it_and_the_pages_that_list_it()
    {
        var site = SiteTest.Build(Sites.Small).AssertSucceeded();
        Edit(site, "content/linzi-gxj/2023/annual-report.md", "2023年政府信息公开工作年度报告", "2023年政府信息公开工作年度报告（修订）");

        var rendered = site.Rebuild().RenderedPages;

        Assert.Contains(Report, rendered);
        Assert.Contains("linzi-gxj/2023/index.html", rendered);
        Assert.Contains("linzi-gxj/index.html", rendered);
        Assert.Contains("index.html", rendered);
        Assert.DoesNotContain(WorkPlan, rendered);
        Assert.DoesNotContain("linzi-gxj/2022/annual-report/index.html", rendered);
        Assert.DoesNotContain("zibo-zfb/index.html", rendered);
        site.AssertFile("output/" + Report, "（修订）");
        AssertSameAsColdBuild(site);
    }

    [Fact]
    public void Editing_only_the_body_renders_only_that_page_when_listings_do_not_show_it()
    {
        var site = SiteTest.Build(Sites.Small).AssertSucceeded();
        Edit(site, "content/zibo-zfb/2023/work-plan.md", "---\n要点正文。", "summary: 固定摘要。\n---\n要点正文。");
        site.Rebuild();
        Edit(site, "content/zibo-zfb/2023/work-plan.md", "---\n要点正文。", "---\n要点正文。\n\n第二段。");

        Assert.Equal([WorkPlan], site.Rebuild().RenderedPages);
        AssertSameAsColdBuild(site);
    }

    [Fact]
    public void Adding_a_document_renders_it_and_its_listings_only()
    {
        var site = SiteTest.Build(Sites.Small).AssertSucceeded();
        Write(site, "content/zibo-zfb/2023/notice.md", "---\ntitle: 新通知\ntype: document\ndate: 2023-05-01\n---\n通知正文。\n");

        var rendered = site.Rebuild().RenderedPages;

        Assert.Contains("zibo-zfb/2023/notice/index.html", rendered);
        Assert.Contains("zibo-zfb/2023/index.html", rendered);
        Assert.DoesNotContain(Report, rendered);
        Assert.DoesNotContain(WorkPlan, rendered);
        AssertSameAsColdBuild(site);
    }

    [Fact]
    public void Deleting_a_document_removes_its_page()
    {
        var site = SiteTest.Build(Sites.Small).AssertSucceeded();
        site.Files.DeleteFile("/site/content/linzi-gxj/2023/guide.md");

        var result = site.Rebuild();

        Assert.True(result.Succeeded);
        Assert.False(site.Exists("output/linzi-gxj/2023/guide/index.html"));
        Assert.DoesNotContain(Report, result.RenderedPages);
        AssertSameAsColdBuild(site);
    }

    [Fact]
    public void A_template_change_renders_every_page()
    {
        var site = SiteTest.Build(Sites.Small).AssertSucceeded();
        var cold = site.Result.RenderedPages;
        var defaultTheme = StaticArchive.Theme.ThemeFiles.Load(site.Files, null);
        Write(site, "theme/layouts/document.liquid", defaultTheme.ReadText("layouts/document.liquid") + "<p>模板改动</p>\n");

        var rendered = site.Rebuild().RenderedPages;

        Assert.Equal(cold, rendered);
        site.AssertFile("output/" + WorkPlan, "模板改动");
        AssertSameAsColdBuild(site);
    }

    [Fact]
    public void A_data_file_change_renders_its_document_and_the_pages_that_use_its_figures()
    {
        var site = SiteTest.Build(Sites.Small + "\n-- content/linzi-gxj/2023/annual-report.yml --\n" + TestReports.Yaml()).AssertSucceeded();
        Edit(site, "content/linzi-gxj/2023/annual-report.md", "公开工作。", "公开工作。\n\n## 二、主动公开政府信息情况\n\n{{< table table2 >}}\n");
        site.Rebuild();
        Write(site, "content/linzi-gxj/2023/annual-report.yml", TestReports.Yaml(FormatVersion.Gb2021, new Dictionary<string, string> { ["table2.licensing.decisions"] = "7" }));

        var rendered = site.Rebuild().RenderedPages;

        Assert.Contains(Report, rendered);
        Assert.DoesNotContain(WorkPlan, rendered);
        Assert.DoesNotContain("linzi-gxj/2023/guide/index.html", rendered);
        AssertSameAsColdBuild(site);
    }

    [Fact]
    public void An_agency_file_change_renders_that_agencys_pages_only()
    {
        var site = SiteTest.Build(Sites.Small).AssertSucceeded();
        Edit(site, "content/zibo-zfb/_agency.yml", "name: 淄博市人民政府办公室", "name: 淄博市人民政府办公室（新）");

        var rendered = site.Rebuild().RenderedPages;

        Assert.Contains(WorkPlan, rendered);
        Assert.Contains("zibo-zfb/index.html", rendered);
        Assert.DoesNotContain(Report, rendered);
        Assert.DoesNotContain("linzi-gxj/2023/guide/index.html", rendered);
        AssertSameAsColdBuild(site);
    }

    [Fact]
    public void A_session_reuses_transformed_documents_between_builds()
    {
        var files = new MemoryFileSystem();
        SiteTest.Write(files, Sites.Small);
        var session = new IncrementalSession();
        var options = new BuildOptions("/site/content", "/site/theme", "/site/output");
        new SiteBuilder(files) { Session = session }.Build(options);
        Assert.Equal(5, session.Transforms.Transformed);
        files.WriteAllBytes("/site/content/zibo-zfb/2023/work-plan.md", Encoding.UTF8.GetBytes("---\ntitle: 改\ntype: document\ndate: 2023-04-01\n---\n改。\n"));

        var result = new SiteBuilder(files) { Session = session }.Build(options);

        Assert.True(result.Succeeded);
        Assert.Equal(1, session.Transforms.Transformed);
        Assert.Contains(WorkPlan, result.RenderedPages);
    }

    [Fact]
    public void A_session_hashes_only_the_edited_document_page_again()
    {
        var files = new MemoryFileSystem();
        SiteTest.Write(files, Sites.Small);
        var session = new IncrementalSession();
        var options = new BuildOptions("/site/content", "/site/theme", "/site/output");
        new SiteBuilder(files) { Session = session }.Build(options);
        Assert.Equal(5, session.DocumentKeys.Computed);
        files.WriteAllBytes("/site/content/zibo-zfb/2023/work-plan.md", Encoding.UTF8.GetBytes("---\ntitle: 改\ntype: document\ndate: 2023-04-01\n---\n改。\n"));

        var result = new SiteBuilder(files) { Session = session }.Build(options);

        Assert.True(result.Succeeded);
        Assert.Equal(1, session.DocumentKeys.Computed);
        Assert.Contains(WorkPlan, result.RenderedPages);
    }

    [Fact]
    public void A_session_renders_document_pages_again_when_the_shared_context_changes()
    {
        var files = new MemoryFileSystem();
        SiteTest.Write(files, Sites.Small);
        var session = new IncrementalSession();
        var options = new BuildOptions("/site/content", "/site/theme", "/site/output");
        new SiteBuilder(files) { Session = session }.Build(options);

        var result = new SiteBuilder(files) { Session = session }.Build(options with { BaseUrl = "https://example.org/archive/" });

        Assert.True(result.Succeeded);
        Assert.Equal(5, session.DocumentKeys.Computed);
        Assert.Contains(WorkPlan, result.RenderedPages);
    }

    [Fact]
    public void A_session_keeps_report_data_files_when_no_report_changed()
    {
        var site = SessionWithReport();
        Edit(site, "content/zibo-zfb/2023/work-plan.md", "title:", "title: 改");

        Assert.True(site.Rebuild().Succeeded);

        Assert.Equal(0, site.Session!.DerivedFiles.Produced);
        AssertSameAsColdBuild(site);
    }

    [Fact]
    public void A_session_makes_again_only_the_data_files_of_an_edited_report()
    {
        var site = SessionWithReport();
        Write(site, "content/linzi-gxj/2023/annual-report.yml", TestReports.Yaml(FormatVersion.Gb2021, new Dictionary<string, string> { ["table2.licensing.decisions"] = "7" }));

        Assert.True(site.Rebuild().Succeeded);

        Assert.Equal(1, site.Session!.DerivedFiles.Produced); // its agency's figures.csv
        AssertSameAsColdBuild(site);
    }

    [Fact]
    public void A_failed_rebuild_changes_nothing_in_the_output()
    {
        var site = SiteTest.Build(Sites.Small).AssertSucceeded();
        var before = Snapshot(site.Files);
        Write(site, "content/zibo-zfb/2023/work-plan.md", "---\ntitle: 坏\ntype: nonsense\n---\n");

        Assert.False(site.Rebuild().Succeeded);
        Assert.Equal(before, Snapshot(site.Files));
    }

    [Fact]
    public void Attachments_are_copied_again_only_when_they_change()
    {
        var site = SiteTest.Build(Sites.Small.Replace("doc_no: 淄政办字〔2023〕5号", "doc_no: 淄政办字〔2023〕5号\nattachments:\n  - {file: plan.pdf, title: 计划}", StringComparison.Ordinal) + "\n-- content/zibo-zfb/2023/plan.pdf --\nPDF-1\n").AssertSucceeded();
        Assert.Contains("zibo-zfb/2023/work-plan/plan.pdf", site.Result.ChangedFiles);

        Edit(site, "content/linzi-gxj/2023/guide.md", "指南正文。", "指南正文，改。");
        Assert.DoesNotContain("zibo-zfb/2023/work-plan/plan.pdf", site.Rebuild().ChangedFiles);

        Write(site, "content/zibo-zfb/2023/plan.pdf", "PDF-2\n");
        var result = site.Rebuild();
        Assert.Contains("zibo-zfb/2023/work-plan/plan.pdf", result.ChangedFiles);
        site.AssertFile("output/zibo-zfb/2023/work-plan/plan.pdf", "PDF-2");
        AssertSameAsColdBuild(site);
    }

    // A dev-server session whose last build wrote one report's data files.
    private static SiteTest SessionWithReport()
    {
        var site = SiteTest.BuildInSession(Sites.Small + "\n-- content/linzi-gxj/2023/annual-report.yml --\n" + TestReports.Yaml()).AssertSucceeded();
        Edit(site, "content/linzi-gxj/2023/annual-report.md", "公开工作。", "公开工作。\n\n## 二、主动公开政府信息情况\n\n{{< table table2 >}}\n");
        Assert.True(site.Rebuild().Succeeded);
        Assert.Equal(1, site.Session!.DerivedFiles.Produced);
        site.AssertFile("output/linzi-gxj/figures.csv", "table2.licensing.decisions");
        return site;
    }

    private static void Edit(SiteTest site, string path, string from, string to)
    {
        var text = Encoding.UTF8.GetString(site.Files.ReadAllBytes("/site/" + path));
        Assert.Contains(from, text, StringComparison.Ordinal);
        Write(site, path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static void Write(SiteTest site, string path, string text) =>
        site.Files.WriteAllBytes("/site/" + path, Encoding.UTF8.GetBytes(text));

    private static SortedDictionary<string, string> Snapshot(MemoryFileSystem files) =>
        new(files.Files.Where(f => f.Key.StartsWith("/site/output/", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => Convert.ToBase64String(f.Value)), StringComparer.Ordinal);

    // The incremental result must be byte for byte what a cold build of the same content produces.
    private static void AssertSameAsColdBuild(SiteTest site)
    {
        var cold = new MemoryFileSystem();
        foreach (var (path, bytes) in site.Files.Files.Where(f => !f.Key.StartsWith("/site/output", StringComparison.Ordinal) && !f.Key.Contains("/.staticarchive-cache/", StringComparison.Ordinal)))
        {
            cold.WriteAllBytes(path, bytes);
        }

        Assert.True(new SiteBuilder(cold).Build(new BuildOptions("/site/content", "/site/theme", "/site/output")).Succeeded);
        var expected = Snapshot(cold);
        var actual = Snapshot(site.Files);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var key in expected.Keys)
        {
            Assert.True(expected[key] == actual[key], $"{key} differs from a cold build");
        }
    }
}

using System.Text;
using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.History;
using StaticArchive.Incremental;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Incremental;

/// <summary>A second build of unchanged content keeps the output as it is; any change on either side builds.</summary>
public sealed class UpToDateBuildTests
{
    private const string Plan = "output/zibo-zfb/2023/work-plan/index.html";

    [Fact]
    public void Unchanged_content_is_up_to_date_with_the_same_pages_and_warnings()
    {
        var site = SiteTest.Build(Sites.Small + "\n" + WarningReport).AssertSucceeded();
        var first = site.Result;
        Assert.False(first.UpToDate);
        Assert.NotEqual(0, first.Warnings);

        var again = site.Rebuild();

        Assert.True(again.UpToDate);
        Assert.True(again.Succeeded);
        Assert.Empty(again.RenderedPages);
        Assert.Equal(first.Diagnostics, again.Diagnostics);
        Assert.Equal(first.PagesWritten, again.PagesWritten);
        Assert.Equal(first.Documents, again.Documents);
        Assert.Equal(first.OutputPaths, again.OutputPaths);
    }

    [Fact]
    public void An_edited_document_builds()
    {
        var site = SiteTest.Build(Sites.Small).AssertSucceeded();
        var path = "/site/content/zibo-zfb/2023/work-plan.md";
        var text = Encoding.UTF8.GetString(site.Files.ReadAllBytes(path));
        site.Files.WriteAllBytes(path, Encoding.UTF8.GetBytes(text + "\n新增一段。\n"));

        var again = site.Rebuild();

        Assert.False(again.UpToDate);
        Assert.Contains(Plan["output/".Length..], again.RenderedPages);
        site.AssertFile(Plan, "新增一段。");
    }

    [Fact]
    public void A_theme_file_or_another_base_url_builds()
    {
        var site = SiteTest.Build(Sites.Small).AssertSucceeded();
        site.Files.WriteAllBytes("/site/theme/assets/css/extra.css", Encoding.UTF8.GetBytes("p{}"));
        Assert.False(site.Rebuild().UpToDate);
        Assert.True(site.Rebuild().UpToDate);
        Assert.False(site.Rebuild("/archive/").UpToDate);
        site.AssertFile("output/index.html", "/archive/");
    }

    [Fact]
    public void A_file_deleted_or_added_in_the_output_folder_is_put_right()
    {
        var site = SiteTest.Build(Sites.Small).AssertSucceeded();
        site.Files.DeleteFile("/site/" + Plan);
        site.Files.WriteAllBytes("/site/output/stray.html", [1, 2, 3]);

        var again = site.Rebuild();

        Assert.False(again.UpToDate);
        Assert.True(site.Exists(Plan));
        Assert.False(site.Exists("output/stray.html"));
        Assert.True(site.Rebuild().UpToDate);
    }

    [Fact]
    public void A_failed_build_is_never_taken_for_up_to_date()
    {
        var site = SiteTest.Build(Sites.Small).AssertSucceeded();
        var path = "/site/content/zibo-zfb/2023/work-plan.md";
        var good = site.Files.ReadAllBytes(path);
        site.Files.WriteAllBytes(path, Encoding.UTF8.GetBytes("---\ntitle: [没有结束\n---\n"));
        Assert.False(site.Rebuild().Succeeded);
        Assert.False(site.Rebuild().Succeeded);

        site.Files.WriteAllBytes(path, good);
        Assert.True(site.Rebuild().UpToDate);
    }

    [Fact]
    public void A_history_that_cannot_say_whether_it_changed_always_builds()
    {
        var site = SiteTest.Build(Sites.Small).AssertSucceeded();
        var options = new BuildOptions("/site/content", "/site/theme", "/site/output");
        var builder = new SiteBuilder(site.Files) { History = new OpaqueHistory() };

        Assert.False(builder.Build(options).UpToDate);
        Assert.False(builder.Build(options).UpToDate);
    }

    private const string WarningReport = """
        -- content/zibo-zfb/2023/notes.md --
        ---
        title: 说明
        type: guide
        date: 2024-02-01
        colour: 红色
        ---
        正文。
        """;

    private sealed class OpaqueHistory : IDocumentHistory
    {
        public IReadOnlyList<Revision> Revisions(StaticArchive.Content.Document document) => [];

        public DateOnly? LastUpdated(StaticArchive.Content.Document document) => null;
    }
}

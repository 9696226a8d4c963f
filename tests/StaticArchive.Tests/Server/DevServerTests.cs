using System.Net;
using StaticArchive.Core;
using StaticArchive.Server;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Server;

/// <summary>The dev server on a free loopback port: serve, edit, see the change; errors in the page; output stays clean.</summary>
public sealed class DevServerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Serves_the_site_and_serves_an_edit_after_rebuilding()
    {
        using var site = TempSite.Create(Sites.Small);
        using var rebuilder = new SiteRebuilder(Options(site));
        Assert.True(rebuilder.Build().Succeeded);
        await using var server = new DevServer(new DevServerOptions(Port: 0), rebuilder);
        var address = await server.StartAsync();
        rebuilder.Watch(TimeSpan.FromMilliseconds(100));
        using var http = new HttpClient { BaseAddress = address };

        Assert.Equal("127.0.0.1", address.Host);
        var page = await http.GetStringAsync("linzi-gxj/2023/annual-report/");
        Assert.Contains("2023年政府信息公开工作年度报告", page, StringComparison.Ordinal);
        Assert.Contains("/__staticarchive/live.js", page, StringComparison.Ordinal);
        Assert.DoesNotContain("__staticarchive", File.ReadAllText(site.PathOf(".out/linzi-gxj/2023/annual-report/index.html")), StringComparison.Ordinal);

        var doc = site.PathOf("content/linzi-gxj/2023/annual-report.md");
        site.Write("content/linzi-gxj/2023/annual-report.md", File.ReadAllText(doc).Replace("正文第一段", "改过的第一段", StringComparison.Ordinal));

        Assert.True(await Eventually(async () => (await http.GetStringAsync("linzi-gxj/2023/annual-report/")).Contains("改过的第一段", StringComparison.Ordinal)));
        var missing = await http.GetAsync("no/such/page/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public void The_preview_shows_a_draft_marked_as_such()
    {
        using var site = TempSite.Create(Sites.Minimal + """

            -- content/linzi-gxj/2024/plan.md --
            ---
            title: 2024年工作计划（未完成）
            type: document
            date: 2024-02-01
            draft: true
            ---
            计划正文。
            """);
        using var rebuilder = new SiteRebuilder(Options(site));

        var result = rebuilder.Build();

        Assert.True(result.Succeeded);
        Assert.Equal(["content/linzi-gxj/2024/plan.md"], result.Drafts);
        Assert.Contains("class=\"draft-banner\"", File.ReadAllText(site.PathOf(".out/linzi-gxj/2024/plan/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Broken_content_shows_the_errors_over_the_last_good_page_and_tells_pages_to_reload()
    {
        using var site = TempSite.Create(Sites.Small);
        using var rebuilder = new SiteRebuilder(Options(site));
        rebuilder.Build();
        await using var server = new DevServer(new DevServerOptions(Port: 0), rebuilder);
        var address = await server.StartAsync();
        using var http = new HttpClient { BaseAddress = address };
        using var events = await http.GetStreamAsync("__staticarchive/events");
        using var reader = new StreamReader(events);
        Assert.Equal(": connected", await reader.ReadLineAsync());

        site.Write("content/zibo-zfb/2023/work-plan.md", "---\ntitle: 坏\ntype: nonsense\ndate: 2023-01-01\n---\n");
        var result = rebuilder.Build();

        Assert.False(result.Succeeded);
        await reader.ReadLineAsync();
        Assert.Equal("data: reload", await reader.ReadLineAsync().WaitAsync(Patience));
        var page = await http.GetStringAsync("zibo-zfb/2023/work-plan/");
        Assert.Contains("__staticarchive-errors", page, StringComparison.Ordinal);
        Assert.Contains("content/zibo-zfb/2023/work-plan.md:3", page, StringComparison.Ordinal);
        Assert.Contains("要点正文", page, StringComparison.Ordinal);
    }

    private static BuildOptions Options(TempSite site) => new(site.Content, site.PathOf("theme"), site.PathOf(".out"), "/");

    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}

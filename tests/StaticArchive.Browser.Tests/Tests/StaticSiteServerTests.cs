using System.Net;
using Microsoft.Playwright;
using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>The test server behaves like a static host, and the site works at the root and under a sub-path.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaticSiteServerTests(BrowserFixture fixture)
{
    [BrowserTheory]
    [InlineData("", "text/html")]
    [InlineData("assets/css/site.*.css", "text/css")]
    [InlineData("assets/js/prefs.*.js", "text/javascript")]
    [InlineData("favicon.ico", "image/x-icon")]
    [InlineData("data/csv-metadata.json", "application/json")]
    [InlineData("data/fields.csv", "text/csv")]
    [InlineData("data/figures.parquet", "application/vnd.apache.parquet")]
    [InlineData("sitemap.xml", "application/xml")]
    public async Task Files_are_served_with_their_content_type(string path, string contentType)
    {
        using var http = new HttpClient();
        foreach (var site in new[] { fixture.Sample, fixture.SampleUnderSubPath })
        {
            using var response = await http.GetAsync(new Uri(site.Url, Published(site, path)));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        }
    }

    // An asset's published name carries its hash: "assets/css/site.*.css" is the one file that matches.
    private static string Published(BuiltSite site, string path) =>
        !path.Contains('*', StringComparison.Ordinal) ? path
            : Path.GetRelativePath(site.Output, Directory.GetFiles(Path.Combine(site.Output, Path.GetDirectoryName(path)!), Path.GetFileName(path)).Single()).Replace('\\', '/');

    [BrowserFact]
    public async Task Every_catalogued_page_but_the_missing_one_is_there()
    {
        using var http = new HttpClient();
        var missing = new List<string>();
        foreach (var kind in PageCatalogue.All.Where(k => k.Name != "not-found"))
        {
            using var response = await http.GetAsync(fixture.UrlOf(kind));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                missing.Add($"{kind.Name}: {fixture.UrlOf(kind)} answered {(int)response.StatusCode}");
            }
        }

        Assert.True(missing.Count == 0, string.Join(Environment.NewLine, missing));
    }

    [BrowserFact]
    public async Task Missing_paths_get_the_sites_404_page_with_status_404()
    {
        using var http = new HttpClient();
        foreach (var site in new[] { fixture.Sample, fixture.SampleUnderSubPath })
        {
            using var response = await http.GetAsync(new Uri(site.Url, "no/such/page/"));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [BrowserFact]
    public async Task Under_a_sub_path_every_page_loads_its_styles_and_scripts_and_links_stay_inside()
    {
        PageKind[] pages = [new("subpath-home", SiteKind.SampleUnderSubPath, ""),
            new("subpath-report", SiteKind.SampleUnderSubPath, "linzi-gxj/2023/annual-report/"),
            new("subpath-404", SiteKind.SampleUnderSubPath, "no-such-page/")];
        var problems = await Concurrently.CollectAsync(pages, async kind =>
        {
            var context = await fixture.Browser.NewContextAsync(ViewMode.Default.ContextOptions());
            try
            {
                var page = await context.NewPageAsync();
                var failed = new List<string>();
                page.Response += (_, response) =>
                {
                    if (response.Status >= 400 && response.Request.ResourceType is "stylesheet" or "script")
                    {
                        failed.Add($"{kind.Name}: {response.Url} answered {response.Status}");
                    }
                };
                await page.GotoAsync(fixture.UrlOf(kind), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
                var outside = await page.EvaluateAsync<string[]>(
                    "() => [...document.querySelectorAll('a[href^=\"/\"], link[href^=\"/\"], script[src^=\"/\"]')].map(e => e.getAttribute('href') || e.getAttribute('src')).filter(u => !u.startsWith('/archive/'))");
                failed.AddRange(outside.Select(u => $"{kind.Name}: {u} leaves /archive/"));
                return failed;
            }
            finally
            {
                await context.CloseAsync();
            }
        });

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }
}

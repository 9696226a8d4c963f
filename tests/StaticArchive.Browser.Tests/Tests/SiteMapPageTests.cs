using Microsoft.Playwright;
using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>The footer's 网站地图 opens a page for people; the XML sitemap is still there for crawlers.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SiteMapPageTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task The_footers_site_map_link_opens_an_html_page_that_leads_to_every_agency()
    {
        await using var session = await fixture.OpenAsync(fixture.Reader.PageUrl(ReaderArchive.Report), ViewMode.Phone);
        var page = session.Page;
        await page.Locator(".site-footer").GetByRole(AriaRole.Link, new() { Name = "网站地图" }).ClickAsync();
        await page.WaitForURLAsync("**/sitemap/");
        Assert.Equal("网站地图", await page.Locator("h1").TextContentAsync());
        var html = await page.APIRequest.GetAsync(page.Url);
        Assert.StartsWith("text/html", html.Headers["content-type"], StringComparison.Ordinal);
        foreach (var agency in new[] { "甲市人民政府办公室", "甲市乙区人民政府办公室", "甲市乙区工业和信息化局" })
        {
            Assert.Equal(1, await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = agency, Exact = true }).CountAsync());
        }

        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "建议提案办理", Exact = true }).ClickAsync();
        Assert.EndsWith("/" + ReaderArchive.Proposals, page.Url, StringComparison.Ordinal);

        var xml = await page.APIRequest.GetAsync(fixture.Reader.PageUrl("sitemap.xml"));
        Assert.Equal(200, xml.Status);
        Assert.Contains("<urlset", await xml.TextAsync(), StringComparison.Ordinal);
    }
}

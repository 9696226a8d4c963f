using System.Net;
using StaticArchive.Core;
using StaticArchive.Hosting;
using StaticArchive.Server;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Hosting;

/// <summary>
/// The site ships its response headers as <c>_headers</c> (what Netlify and Cloudflare Pages read) and a real
/// favicon.ico that every page links; the preview sends the same headers as production.
/// </summary>
public sealed class SecureDeliveryTests
{
    [Fact]
    public void The_output_root_holds_the_headers_file_and_the_favicon_every_page_links()
    {
        var site = SiteTest.Build(Sites.Small, baseUrl: "/archive/").AssertSucceeded();

        var rules = HeaderRules.Parse(site.Read("output/_headers"));
        Assert.Contains(rules.For("/linzi-gxj/"), h => h.Key == "Content-Security-Policy" && h.Value.EndsWith("frame-ancestors 'none'", StringComparison.Ordinal));
        Assert.Equal([0, 0, 1, 0], site.Files.ReadAllBytes("/site/output/favicon.ico")[..4]);
        site.AssertFile("output/index.html", "<link rel=\"icon\" href=\"/archive/favicon.ico\"");
        site.AssertFile("output/linzi-gxj/2023/annual-report/index.html", "<link rel=\"icon\" href=\"/archive/favicon.ico\"");
        site.AssertFile("output/404.html", "<link rel=\"icon\" href=\"/archive/favicon.ico\"");
    }

    [Fact]
    public void Rules_apply_in_order_and_a_header_set_twice_is_joined()
    {
        var rules = HeaderRules.Parse("""
            # comment
            /*
              X-A: one
            /assets/*
              Cache-Control: public
              X-A: two
            /:agency/feed.xml
              X-B: feed
            """);

        Assert.Equal(["X-A: one"], Lines(rules.For("/index.html")));
        Assert.Equal(["X-A: one, two", "Cache-Control: public"], Lines(rules.For("/assets/css/site.css")));
        Assert.Equal(["X-A: one", "X-B: feed"], Lines(rules.For("/linzi-gxj/feed.xml")));
        Assert.Equal(["X-A: one"], Lines(rules.For("/a/b/feed.xml")));
    }

    [Fact]
    public async Task The_preview_sends_the_production_headers_and_the_favicon()
    {
        using var site = TempSite.Create(Sites.Small);
        using var rebuilder = new SiteRebuilder(new BuildOptions(site.Content, site.PathOf("theme"), site.PathOf(".out"), "/"));
        Assert.True(rebuilder.Build().Succeeded);
        await using var server = new DevServer(new DevServerOptions(Port: 0), rebuilder);
        using var http = new HttpClient { BaseAddress = await server.StartAsync() };

        using var page = await http.GetAsync("linzi-gxj/2023/annual-report/");
        using var missing = await http.GetAsync("no/such/page/");
        using var icon = await http.GetAsync("favicon.ico");

        foreach (var response in new[] { page, missing })
        {
            Assert.EndsWith("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
            Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }

        Assert.Equal(HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/x-icon", icon.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", icon.Headers.GetValues("X-Content-Type-Options").Single());
    }

    private static string[] Lines(IEnumerable<KeyValuePair<string, string>> headers) => [.. headers.Select(h => $"{h.Key}: {h.Value}")];
}

using System.Net;
using StaticArchive.Core;
using StaticArchive.Incremental;
using StaticArchive.Server;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Server;

/// <summary>
/// The dev server sends files of the built site only: nothing beside the site folder, below the build's own
/// folders or through a link out; it redirects only to local paths and answers only loopback Host names.
/// </summary>
public sealed class DevServerSafetyTests
{
    [Theory]
    [InlineData("/..%2f.out-secret%2fx.html")]
    [InlineData("/..%2F.out.staging%2Fstaged.html")]
    [InlineData("/%2e%2e%2f.out-secret%2fx.html")]
    [InlineData("/linzi-gxj%2f..%2f..%2f.out-secret%2fx.html")]
    [InlineData("/.staticarchive-cache/pages.json")]
    public async Task A_path_out_of_the_site_folder_or_into_the_builds_own_folders_gets_nothing(string path)
    {
        using var site = TempSite.Create(Sites.Small);
        await using var served = await Serve(site, site.PathOf(".out"));
        site.Write(".out-secret/x.html", "<p>SECRET beside the site</p>");
        site.Write(".out.staging/staged.html", "<p>SECRET staged</p>");
        site.Write(".out/.staticarchive-cache/pages.json", "SECRET cache");

        using var response = await served.Http.GetAsync(served.Address + path.TrimStart('/'));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("SECRET", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/..%2fserve.staging%2findex.html")]
    [InlineData("/..%2fserve-secret%2fx.html")]
    [InlineData("/..%2fpages.json")]
    public async Task Served_from_the_cache_folder_as_serve_does_the_cache_and_staging_stay_private(string path)
    {
        using var site = TempSite.Create(Sites.Small);
        var output = IncrementalSession.CacheDirectory(site.Content) + "/serve";
        await using var served = await Serve(site, output);
        site.Write(".staticarchive-cache/serve.staging/index.html", "SECRET staged");
        site.Write(".staticarchive-cache/serve-secret/x.html", "SECRET beside");
        site.Write(".staticarchive-cache/pages.json", "SECRET cache");

        using var response = await served.Http.GetAsync(served.Address + path.TrimStart('/'));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("SECRET", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("leak.html")]
    [InlineData("leak-folder/")]
    [InlineData("leak-folder/index.html")]
    public async Task A_link_inside_the_site_folder_is_not_followed_out(string path)
    {
        using var site = TempSite.Create(Sites.Small);
        var outside = Directory.CreateTempSubdirectory("sa-outside-").FullName;
        File.WriteAllText(Path.Combine(outside, "index.html"), "<p>SECRET outside</p>");
        await using var served = await Serve(site, site.PathOf(".out"));
        File.CreateSymbolicLink(site.PathOf(".out/leak.html"), Path.Combine(outside, "index.html"));
        Directory.CreateSymbolicLink(site.PathOf(".out/leak-folder"), outside);

        using var response = await served.Http.GetAsync(served.Address + path);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("SECRET", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Directory.Delete(outside, recursive: true);
    }

    [Theory]
    [InlineData("/%2Fevil.example%2F..")]
    [InlineData("//linzi-gxj")]
    [InlineData("/%5Cevil.example%2F..")]
    [InlineData("///linzi-gxj")]
    public async Task Redirects_stay_on_the_site(string path)
    {
        using var site = TempSite.Create(Sites.Small);
        await using var served = await Serve(site, site.PathOf(".out"));

        using var response = await served.Http.GetAsync(served.Address.GetLeftPart(UriPartial.Authority) + path);

        var location = response.Headers.Location?.OriginalString;
        Assert.True(location is null || (location.StartsWith('/') && !location.StartsWith("//", StringComparison.Ordinal) && !location.StartsWith("/\\", StringComparison.Ordinal)), $"{path} redirects to {location}");
    }

    [Fact]
    public async Task A_folder_without_its_slash_redirects_to_the_local_path_with_it()
    {
        using var site = TempSite.Create(Sites.Small);
        await using var served = await Serve(site, site.PathOf(".out"));

        using var plain = await served.Http.GetAsync(served.Address + "linzi-gxj?x=1");
        using var doubled = await served.Http.GetAsync(served.Address.GetLeftPart(UriPartial.Authority) + "//linzi-gxj");

        Assert.Equal(HttpStatusCode.Found, plain.StatusCode);
        Assert.Equal("/linzi-gxj/?x=1", plain.Headers.Location?.OriginalString);
        Assert.Equal("/linzi-gxj/", doubled.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:{port}")]
    [InlineData("127.0.0.1.evil.example")]
    [InlineData("localhost.evil.example:{port}")]
    [InlineData("192.168.1.20:{port}")]
    public async Task A_foreign_host_name_is_refused_with_a_reason(string host)
    {
        using var site = TempSite.Create(Sites.Small);
        await using var served = await Serve(site, site.PathOf(".out"));
        using var request = new HttpRequestMessage(HttpMethod.Get, served.Address);
        request.Headers.Host = host.Replace("{port}", served.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var response = await served.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.MisdirectedRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("DNS 重绑定", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<html", text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:{port}")]
    [InlineData("preview.localhost:{port}")]
    [InlineData("127.0.0.1:{port}")]
    [InlineData("127.8.9.10")]
    [InlineData("[::1]:{port}")]
    public async Task Loopback_host_names_are_answered(string host)
    {
        using var site = TempSite.Create(Sites.Small);
        await using var served = await Serve(site, site.PathOf(".out"));
        using var request = new HttpRequestMessage(HttpMethod.Get, served.Address);
        request.Headers.Host = host.Replace("{port}", served.Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

        using var response = await served.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<Served> Serve(TempSite site, string output)
    {
        var rebuilder = new SiteRebuilder(new BuildOptions(site.Content, site.PathOf("theme"), output, "/"));
        Assert.True(rebuilder.Build().Succeeded);
        var server = new DevServer(new DevServerOptions(Port: 0), rebuilder);
        var address = await server.StartAsync();
        return new Served(rebuilder, server, new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }), address);
    }

    private sealed record Served(SiteRebuilder Rebuilder, DevServer Server, HttpClient Http, Uri Address) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            await Server.DisposeAsync();
            Rebuilder.Dispose();
        }
    }
}

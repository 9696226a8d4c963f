using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using StaticArchive.Core;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Theme;

/// <summary>
/// The theme's CSS and JavaScript are published under names that carry a hash of their bytes, linked with their
/// Subresource Integrity value, so a host may cache them for good and a changed file is a new address.
/// </summary>
public sealed partial class AssetFingerprintTests
{
    [Fact]
    public void Pages_link_each_asset_by_its_hashed_name_with_the_integrity_of_its_bytes()
    {
        var site = SiteTest.Build(Sites.Small, baseUrl: "/archive/").AssertSucceeded();

        var page = site.Read("output/linzi-gxj/2023/annual-report/index.html");
        var link = Stylesheet().Match(page);
        Assert.True(link.Success, page[..Math.Min(page.Length, 1500)]);
        var path = link.Groups["path"].Value;
        var bytes = site.Files.ReadAllBytes("/site/output/" + path);
        Assert.Equal("sha384-" + Convert.ToBase64String(SHA384.HashData(bytes)), link.Groups["integrity"].Value);
        Assert.Equal(Convert.ToHexStringLower(SHA384.HashData(bytes))[..8], link.Groups["hash"].Value);
        Assert.False(site.Exists("output/assets/css/site.css"), "the plain name is not published");
        Assert.False(site.Exists("output/assets/js/prefs.js"), "the plain name is not published");
        Assert.Matches("<script src=\"/archive/assets/js/prefs\\.[0-9a-f]{8}\\.js\" integrity=\"sha384-[A-Za-z0-9+/=]{64}\"></script>", page);
    }

    [Fact]
    public void A_module_imports_its_neighbours_by_their_hashed_names_and_the_search_page_preloads_them()
    {
        var site = SiteTest.Build(Sites.Small).AssertSucceeded();

        var search = site.Read("output/search/index.html");
        var main = Regex.Match(search, "<script type=\"module\" src=\"/(assets/js/search\\.[0-9a-f]{8}\\.js)\" integrity=\"sha384-").Groups[1].Value;
        Assert.NotEmpty(main);
        var module = site.Read("output/" + main);
        var engine = Regex.Match(module, "from \"\\./(search-engine\\.[0-9a-f]{8}\\.js)\"").Groups[1].Value;
        var tokenizer = Regex.Match(module, "from \"\\./(search-tokenizer\\.[0-9a-f]{8}\\.js)\"").Groups[1].Value;
        Assert.True(site.Exists("output/assets/js/" + engine), engine);
        Assert.True(site.Exists("output/assets/js/" + tokenizer), tokenizer);
        Assert.Contains($"from \"./{tokenizer}\"", site.Read("output/assets/js/" + engine), StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"modulepreload\" href=\"/assets/js/{engine}\" integrity=\"sha384-", search, StringComparison.Ordinal);
        Assert.Contains($"<link rel=\"modulepreload\" href=\"/assets/js/{tokenizer}\" integrity=\"sha384-", search, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overriding_stylesheet_gets_a_new_name_every_page_links_and_the_old_file_goes()
    {
        var site = SiteTest.BuildInSession(Sites.Small).AssertSucceeded();
        var before = Stylesheet().Match(site.Read("output/zibo-zfb/2023/work-plan/index.html")).Groups["path"].Value;

        site.Files.WriteAllBytes("/site/theme/assets/css/site.css", Encoding.UTF8.GetBytes("body { color: #000; }\n"));
        Assert.True(site.Rebuild().Succeeded);

        var hash = Convert.ToHexStringLower(SHA384.HashData(Encoding.UTF8.GetBytes("body { color: #000; }\n")))[..8];
        foreach (var page in new[] { "output/index.html", "output/zibo-zfb/2023/work-plan/index.html", "output/linzi-gxj/2023/annual-report/index.html" })
        {
            Assert.Equal($"assets/css/site.{hash}.css", Stylesheet().Match(site.Read(page)).Groups["path"].Value);
        }

        Assert.Equal("body { color: #000; }\n", site.Read($"output/assets/css/site.{hash}.css"));
        Assert.False(site.Exists("output/" + before), $"{before} is still published");
    }

    [Fact]
    public void Two_builds_publish_the_same_names()
    {
        var first = SiteTest.Build(Sites.Small).AssertSucceeded();
        var second = SiteTest.Build(Sites.Small).AssertSucceeded();

        Assert.Equal(Assets(first), Assets(second));
        Assert.Equal(first.Read("output/search/index.html"), second.Read("output/search/index.html"));
    }

    [Fact]
    public void A_template_that_names_an_asset_the_theme_lacks_fails_the_build()
    {
        var site = SiteTest.Build(Sites.Small + """

            -- theme/layouts/home.liquid --
            <link rel="stylesheet" href="{{ 'css/missing.css' | asset_url }}">
            """);

        var error = Assert.Single(site.Result.Diagnostics, d => d.Code == DiagnosticCodes.TemplateError);
        Assert.Contains("assets/css/missing.css", error.Message, StringComparison.Ordinal);
    }

    private static string[] Assets(SiteTest site) =>
        [.. site.Files.Files.Keys.Where(k => k.StartsWith("/site/output/assets/", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    [GeneratedRegex("<link rel=\"stylesheet\" href=\"/(?:archive/)?(?<path>assets/css/site\\.(?<hash>[0-9a-f]{8})\\.css)\" integrity=\"(?<integrity>sha384-[^\"]+)\">")]
    private static partial Regex Stylesheet();
}

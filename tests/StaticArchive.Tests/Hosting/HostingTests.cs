using StaticArchive.Core;
using StaticArchive.Hosting;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Hosting;

/// <summary>The build sums up its output as a static host counts it and warns when the declared host would refuse it.</summary>
public sealed class HostingTests
{
    private const string Site = """
        -- content/site.yml --
        title: 文库
        host: cloudflare-pages
        -- content/a/_agency.yml --
        name: 甲局
        -- content/a/2023/x.md --
        ---
        title: 工作要点
        type: document
        date: 2024-01-05
        attachments:
          - {file: scan.pdf, title: 扫描件}
        ---
        正文
        -- content/a/2023/scan.pdf --
        %PDF-1.4
        """;

    [Fact]
    public void The_result_sums_up_every_file_of_the_output_and_names_the_largest()
    {
        var site = SiteTest.Build(Site).AssertSucceeded();
        var files = site.Files.EnumerateFiles("/site/output").ToList();
        var summary = site.Result.Output!;
        Assert.Equal(files.Count, summary.Files);
        Assert.Equal(files.Sum(f => site.Files.GetLength(f)), summary.Bytes);
        Assert.Equal(files.Max(f => site.Files.GetLength(f)), summary.LargestBytes);
        Assert.Equal(summary.LargestBytes, site.Files.GetLength("/site/output/" + summary.LargestPath));
    }

    [Fact]
    public void A_file_over_the_hosts_limit_is_a_warning_at_the_host_line_naming_the_file_and_the_limit()
    {
        var site = SiteTest.Build(Site);
        site.Files.WriteAllBytes("/site/content/a/2023/scan.pdf", new byte[26 * 1024 * 1024]);
        site.Rebuild();

        Assert.True(site.Result.Succeeded);
        var d = site.AssertDiagnostic(HostingFeature.OverLimit, "content/site.yml:2");
        Assert.Contains("a/2023/x/scan.pdf", d.Message, StringComparison.Ordinal);
        Assert.Contains("有 26.0 MiB，超过 Cloudflare Pages 单个文件最大 25.0 MiB", d.Message, StringComparison.Ordinal);
        Assert.Equal("a/2023/x/scan.pdf", site.Result.Output!.LargestPath);
    }

    [Fact]
    public void Without_a_host_or_under_its_limits_nothing_is_said()
    {
        var small = SiteTest.Build(Site).AssertSucceeded();
        Assert.DoesNotContain(small.Result.Diagnostics, d => d.Code.StartsWith("SA600", StringComparison.Ordinal));

        var none = SiteTest.Build(Site.Replace("host: cloudflare-pages\n", "", StringComparison.Ordinal));
        none.Files.WriteAllBytes("/site/content/a/2023/scan.pdf", new byte[26 * 1024 * 1024]);
        none.Rebuild();
        Assert.DoesNotContain(none.Result.Diagnostics, d => d.Code.StartsWith("SA600", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_host_is_a_warning_listing_the_known_ones()
    {
        var site = SiteTest.Build(Site.Replace("cloudflare-pages", "cloudfare", StringComparison.Ordinal));
        var d = site.AssertDiagnostic(HostingFeature.UnknownHost, "content/site.yml:2");
        Assert.Contains("cloudfare", d.Message, StringComparison.Ordinal);
        Assert.Contains("cloudflare-pages、github-pages、gitlab-pages、netlify", d.Hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cloudflare-pages", 20_001, 1_000, 0, "20,001 个文件，超过 Cloudflare Pages（免费版（付费版 100,000 个文件））每次部署最多 20,000 个文件")]
    [InlineData("cloudflare-pages", 10, 26L * 1024 * 1024, 0, "超过 Cloudflare Pages 单个文件最大 25.0 MiB")]
    [InlineData("github-pages", 10, 1_000, 1_000_000_001, "超过 GitHub Pages（公开仓库）每个站点最多 1 GB")]
    [InlineData("gitlab-pages", 200_001, 1_000, 0, "200,001 个文件，超过 GitLab Pages（GitLab.com 默认）每次部署最多 200,000 个文件")]
    [InlineData("gitlab-pages", 10, 1_000, 1_000_000_001, "超过 GitLab Pages（GitLab.com 默认）每个站点最多 1 GB")]
    public void Each_limit_is_named_with_the_figure_that_breaks_it(string key, int files, long largest, long bytes, string expected)
    {
        var breaches = HostingFeature.Breaches(HostLimits.Find(key)!, new OutputSummary(files, Math.Max(bytes, largest), "data/big.bin", largest)).ToList();
        var breach = Assert.Single(breaches);
        Assert.Contains(expected, breach.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Hosts_without_published_limits_never_warn() =>
        Assert.All(new[] { "netlify", "static" }, key =>
            Assert.Empty(HostingFeature.Breaches(HostLimits.Find(key)!, new OutputSummary(int.MaxValue, long.MaxValue, "x", long.MaxValue))));
}

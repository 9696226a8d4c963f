using StaticArchive.Core;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Site;

/// <summary>网站地图: a page for people in the footer of every page; the XML sitemap stays for crawlers.</summary>
public sealed class SiteMapTests
{
    [Fact]
    public void The_footers_site_map_link_opens_a_page_listing_every_agency_with_its_years_and_the_sections()
    {
        var site = SiteTest.Build(Sites.Small).AssertSucceeded();
        site.AssertFile("output/index.html", "<li><a href=\"/sitemap/\">网站地图</a></li>", "! href=\"/sitemap.xml\"");
        site.AssertFile("output/sitemap/index.html",
            "<h1>网站地图</h1>",
            "<li><a href=\"/agencies/\">机构目录</a></li>",
            "<li><a href=\"/data/\">开放数据</a></li>",
            "<li><a href=\"/accessibility/\">无障碍说明</a></li>",
            "<a href=\"/linzi-gxj/\">临淄区工业和信息化局</a>",
            "<li><a href=\"/linzi-gxj/2023/\">2023年</a></li><li><a href=\"/linzi-gxj/2022/\">2022年</a></li><li><a href=\"/linzi-gxj/proposals/\">建议提案办理</a></li>",
            "<a href=\"/years/2023/\">2023年 <span class=\"count\">",
            "<a href=\"/types/guide/\">政府信息公开指南 <span class=\"count\">",
            "<li><a href=\"/sitemap/\" aria-current=\"page\">网站地图</a></li>");
        site.AssertFile("output/sitemap.xml", "<loc>https://archive.example.gov.cn/sitemap/</loc>", "<loc>https://archive.example.gov.cn/linzi-gxj/2023/annual-report/</loc>");
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code == DiagnosticCodes.RelativeBaseUrl);
    }

    [Fact]
    public void A_base_url_without_a_host_warns_at_its_line_that_crawlers_reject_the_sitemap_and_says_how_to_fix_it()
    {
        var site = SiteTest.Build("""
            -- content/site.yml --
            title: 文库
            language: zh-CN
            base_url: /archive/
            -- content/a/_agency.yml --
            name: 甲局
            -- content/a/2023/guide.md --
            ---
            title: 指南
            type: guide
            date: 2023-03-01
            ---
            正文。
            """).AssertSucceeded();
        var warning = site.AssertDiagnostic(DiagnosticCodes.RelativeBaseUrl, "content/site.yml:3:1");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("sitemap.xml 和 robots.txt", warning.Message, StringComparison.Ordinal);
        Assert.Contains("base_url: https://", warning.Hint, StringComparison.Ordinal);
        Assert.Contains("--base-url", warning.Hint, StringComparison.Ordinal);
        site.AssertFile("output/a/2023/guide/index.html", "<a href=\"/archive/sitemap/\">网站地图</a>");

        // Given on the command line instead, the full address silences it.
        site.Rebuild("https://gk.example.gov.cn/archive/");
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code == DiagnosticCodes.RelativeBaseUrl);
        site.AssertFile("output/robots.txt", "Sitemap: https://gk.example.gov.cn/archive/sitemap.xml");
    }
}

using StaticArchive.Core;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Safety;

/// <summary>
/// A link may lead only to http, https, mailto, tel or a relative address. Any other scheme, however it is written
/// (any case, entities, tabs inside it, an autolink, a reference, an image, a site or agency field), is dropped
/// with a warning at its line: the text stays, the link goes.
/// </summary>
public sealed class LinkSchemeTests
{
    private const string Document = "\n-- content/linzi-gxj/2023/links.md --\n---\ntitle: 链接测试\ntype: document\ndate: 2023-02-01\n---\n正文第一段。\n\n";

    [Theory]
    [InlineData("[点这里](javascript:alert(1))", "点这里", 8)]
    [InlineData("[点这里](JaVaScRiPt:alert(1))", "点这里", 8)]
    [InlineData("[点这里](jav&#x61;script:alert(1))", "点这里", 8)]
    [InlineData("[点这里](&#106;avascript:alert(1))", "点这里", 8)]
    [InlineData("[点这里](java&#x09;script:alert(1))", "点这里", 8)]
    [InlineData("[点这里](java&#10;script:alert(1))", "点这里", 8)]
    [InlineData("[点这里](<java\tscript:alert(1)>)", "点这里", 8)]
    [InlineData("[点这里](vbscript:msgbox(1))", "点这里", 8)]
    [InlineData("[点这里](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "点这里", 8)]
    [InlineData("![示意图](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)", "示意图", 8)]
    [InlineData("![示意图](javascript:alert(1) \"标题\")", "示意图", 8)]
    [InlineData("见 <javascript:alert(1)> 。", "alert(1)", 8)]
    [InlineData("见 <DATA:text/html,x> 。", "text/html,x", 8)]
    [InlineData("[点这里][脚本]\n\n[脚本]: javascript:alert(1)", "点这里", 10)]
    [InlineData("[点这里]\n\n[点这里]: <vbscript:msgbox(1)>", "点这里", 10)]
    [InlineData("<javascript:alert(1)>、[引用][脚本]\n\n[脚本]: javascript:alert(2)", "alert(1)", 8)]
    public void A_hostile_link_keeps_its_text_and_loses_its_target(string markdown, string text, int line)
    {
        var site = SiteTest.Build(Sites.Minimal + Document + markdown + "\n").AssertSucceeded();

        var page = site.Read("output/linzi-gxj/2023/links/index.html");
        PageLinks.AssertNoHostileTarget(page);
        site.AssertFile("output/linzi-gxj/2023/links/index.html", text);
        var warning = site.AssertDiagnostic(DiagnosticCodes.UnsafeLink, $"content/linzi-gxj/2023/links.md:{line}:");
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("https://", warning.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Web_mail_phone_and_relative_links_stay_links()
    {
        var site = SiteTest.Build(Sites.Minimal + Document + """
            [国务院](https://www.gov.cn/)、[旧站](HTTP://www.example.gov.cn/)、[来信](mailto:gk@example.gov.cn)、
            [电话](tel:0533-7857266)、[上文](#main)、[年度报告](../annual-report/)、[本机关](/linzi-gxj/)、
            [查询](?q=1)、<https://www.gov.cn/zhengce/>

            """).AssertSucceeded();

        site.AssertFile(
            "output/linzi-gxj/2023/links/index.html",
            "href=\"https://www.gov.cn/\"", "href=\"HTTP://www.example.gov.cn/\"", "href=\"mailto:gk@example.gov.cn\"",
            "href=\"tel:0533-7857266\"", "href=\"#main\"", "href=\"../annual-report/\"", "href=\"/linzi-gxj/\"",
            "href=\"?q=1\"", "href=\"https://www.gov.cn/zhengce/\"");
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeLink);
    }

    [Fact]
    public void An_agency_website_that_runs_script_is_left_out_with_a_warning_at_its_line()
    {
        var site = SiteTest.Build(Sites.Minimal.Replace("phone: 0533-7857266", "phone: 0533-7857266\nwebsite: \"java\\tscript:alert(document.domain)\"", StringComparison.Ordinal))
            .AssertSucceeded();

        PageLinks.AssertNoHostileTarget(site.Read("output/linzi-gxj/index.html"));
        site.AssertFile("output/linzi-gxj/index.html", "临淄区工业和信息化局", "! alert(document.domain)");
        site.AssertDiagnostic(DiagnosticCodes.UnsafeLink, "content/linzi-gxj/_agency.yml:4:");
    }

    [Fact]
    public void A_site_repository_written_as_a_data_address_gives_no_source_link()
    {
        var site = SiteTest.Build(Sites.Minimal.Replace("base_url: https://archive.example.gov.cn/", "base_url: https://archive.example.gov.cn/\nrepository: Data:text/html,<script>alert(1)</script>", StringComparison.Ordinal))
            .AssertSucceeded();

        var page = site.Read("output/linzi-gxj/2023/annual-report/index.html");
        PageLinks.AssertNoHostileTarget(page);
        Assert.DoesNotContain("text/html", page, StringComparison.Ordinal);
        site.AssertDiagnostic(DiagnosticCodes.UnsafeLink, "content/site.yml:3:");
    }
}

using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Site;

public sealed class PageKindsTests
{
    private static readonly Lazy<SiteTest> Built = new(() => SiteTest.Build(Sites.Small).AssertSucceeded());

    private static SiteTest Site => Built.Value;

    [Fact]
    public void Home_lists_latest_documents_agencies_years_and_has_a_search_box()
    {
        Site.AssertFile("output/index.html",
            "<title>政府信息公开文库</title>",
            "2023年政府信息公开工作年度报告",
            "href=\"/linzi-gxj/\"",
            "href=\"/years/2023/\"",
            "action=\"/search/\"",
            "name=\"q\"");
    }

    [Fact]
    public void Agency_directory_groups_agencies_by_level()
    {
        Site.AssertFile("output/agencies/index.html", "<h2 id=\"level-1\">市级</h2>", "<h2 id=\"level-2\">县级</h2>", "淄博市人民政府办公室", "临淄区工业和信息化局");
    }

    [Fact]
    public void Agency_page_shows_contact_years_and_documents_by_type()
    {
        Site.AssertFile("output/linzi-gxj/index.html",
            "<h1>临淄区工业和信息化局</h1>",
            "0533-7857266",
            "href=\"/linzi-gxj/2023/\"",
            "href=\"/linzi-gxj/2022/\"",
            "<h2 id=\"type-annual-report\">年度报告</h2>",
            "<h2 id=\"type-proposal\">建议提案办理</h2>",
            "href=\"/linzi-gxj/proposals/\"",
            "! 淄政办字");
    }

    [Fact]
    public void Agency_year_page_lists_only_that_years_documents()
    {
        Site.AssertFile("output/linzi-gxj/2023/index.html", "2023年政府信息公开工作年度报告", "政府信息公开指南", "! 2022年政府信息公开工作年度报告");
    }

    [Fact]
    public void Document_page_has_breadcrumb_and_metadata_block()
    {
        Site.AssertFile("output/linzi-gxj/2023/annual-report/index.html",
            "<title>2023年政府信息公开工作年度报告 – 临淄区工业和信息化局 – 政府信息公开文库</title>",
            "<nav class=\"breadcrumbs\" aria-label=\"当前位置\">",
            "<li><a href=\"/linzi-gxj/2023/\">2023年</a></li>",
            "<dt>发布机构</dt>",
            "<time datetime=\"2024-01-20\">2024-01-20</time>",
            "<dt>索引号</dt><dd>11370305MB2843527X/2024-00001</dd>",
            "<h2 id=\"一总体情况\">一、总体情况</h2>");
    }

    [Fact]
    public void A_soft_line_break_inside_chinese_text_does_not_become_a_space()
    {
        Site.AssertFile("output/linzi-gxj/2023/annual-report/index.html", "政府信息公开工作。", "! 政府信息\n公开");
    }

    [Fact]
    public void Document_number_shows_on_other_documents()
    {
        Site.AssertFile("output/zibo-zfb/2023/work-plan/index.html", "<dt>文号</dt><dd>淄政办字〔2023〕5号</dd>");
    }

    [Fact]
    public void Proposal_page_shows_its_handling_record()
    {
        Site.AssertFile("output/linzi-gxj/2023/npc-19/index.html", "人大代表建议", "区十九届人大二次会议", "<span class=\"result-code\">A</span> 已解决或基本解决", "满意");
    }

    [Fact]
    public void Proposals_are_listed_per_agency_and_session_with_their_result()
    {
        Site.AssertFile("output/linzi-gxj/proposals/index.html", "<h2 id=\"session-1\">区十九届人大二次会议</h2>", "对区十九届人大二次会议第19号建议的答复", "A 已解决或基本解决");
    }

    [Fact]
    public void Year_and_type_pages_list_across_agencies()
    {
        Site.AssertFile("output/years/2023/index.html", "临淄区工业和信息化局", "淄博市人民政府办公室", "! 2022年政府信息公开工作年度报告");
        Site.AssertFile("output/years/index.html", "href=\"/years/2022/\"");
        Site.AssertFile("output/types/annual-report/index.html", "2022年政府信息公开工作年度报告", "! 2023年政务公开工作要点");
        Site.AssertFile("output/types/index.html", "href=\"/types/guide/\"");
    }

    [Fact]
    public void Feeds_sitemap_robots_and_404_are_written()
    {
        Site.AssertFile("output/feed.xml", "<feed xml:lang=\"zh-CN\" xmlns=\"http://www.w3.org/2005/Atom\">", "<id>https://archive.example.gov.cn/linzi-gxj/2023/annual-report/</id>", "<updated>2024-01-20T00:00:00Z</updated>");
        Site.AssertFile("output/linzi-gxj/feed.xml", "2023年政府信息公开工作年度报告", "! 2023年政务公开工作要点");
        Site.AssertFile("output/sitemap.xml", "<loc>https://archive.example.gov.cn/linzi-gxj/2023/annual-report/</loc>", "<lastmod>2024-01-20</lastmod>", "! 404.html");
        Site.AssertFile("output/robots.txt", "Sitemap: https://archive.example.gov.cn/sitemap.xml");
        Site.AssertFile("output/404.html", "<h1>页面不存在</h1>");
        Site.AssertFile("output/accessibility/index.html", "WCAG 2.2", "GB/T 37668-2019");
    }

    [Fact]
    public void Every_page_has_skip_link_one_h1_and_language()
    {
        foreach (var path in Site.Result.RenderedPages)
        {
            var html = Site.Read("output/" + path);
            Assert.Contains("<html lang=\"zh-CN\">", html, StringComparison.Ordinal);
            Assert.Contains("<a class=\"skip-link\" href=\"#main\">跳转到主要内容</a>", html, StringComparison.Ordinal);
            Assert.Equal(1, html.Split("<h1").Length - 1);
        }
    }

    [Fact]
    public void Nothing_is_requested_from_another_host()
    {
        foreach (var path in Site.Result.RenderedPages)
        {
            var html = Site.Read("output/" + path);
            Assert.DoesNotMatch("(src|href)=\"(https?:)?//", html.Replace("href=\"https://archive.example.gov.cn/", "href=\"/", StringComparison.Ordinal));
        }
    }
}

using StaticArchive.Core;
using StaticArchive.Search.Query;
using StaticArchive.Tests.Support;
using StaticArchive.Tests.Tables;

namespace StaticArchive.Tests.Site;

/// <summary>
/// Invented content is marked everywhere it appears: <c>sample: true</c> (here on an invented agency, which marks
/// everything under it) travels to the document's page, every listing, search, the feeds, the meta description,
/// the open data, and the charts keep it apart from the real figures.
/// </summary>
public sealed class SampleMarkTests
{
    private const string Mark = "<span class=\"sample-mark\">示例</span> ";

    private static Dictionary<string, string> Received(int n) => new()
    {
        ["table3.new_received.natural_person"] = $"{n}",
        ["table3.new_received.total"] = $"{n}",
        ["table3.granted.natural_person"] = $"{n}",
        ["table3.granted.total"] = $"{n}",
        ["table3.total_processed.natural_person"] = $"{n}",
        ["table3.total_processed.total"] = $"{n}",
    };

    private static readonly Lazy<SiteTest> Built = new(() => SiteTest.Build($$$"""
        -- content/site.yml --
        title: 文库
        base_url: https://archive.example.gov.cn/
        -- content/real/_agency.yml --
        name: 真实局
        level: 县级
        -- content/real/2023/annual-report.md --
        ---
        title: 真实局2023年政府信息公开工作年度报告
        type: annual-report
        date: 2024-01-10
        source: {url: "https://www.example.gov.cn/t1.htm"}
        ---
        真实局的报告正文，共收到申请三件。

        {{< table table3 >}}
        -- content/real/2023/annual-report.yml --
        {{{TestReports.Yaml(cells: Received(3))}}}
        -- content/shili-shiliju/_agency.yml --
        name: 示例区示例局
        level: 县级
        sample: true
        -- content/shili-shiliju/2023/annual-report.md --
        ---
        title: 示例区示例局2023年政府信息公开工作年度报告
        type: annual-report
        date: 2024-01-20
        ---
        示例数据：这份报告的机关和数字都是虚构的，用来演示附件和表格。

        {{< table table3 >}}
        -- content/shili-shiliju/2023/annual-report.yml --
        {{{TestReports.Yaml(cells: Received(100))}}}
        """).AssertSucceeded());

    private static string SampleLink => "<a href=\"/shili-shiliju/2023/annual-report/\">";

    private static string RealLink => "<a href=\"/real/2023/annual-report/\">";

    [Fact]
    public void The_page_carries_a_banner_above_its_facts_and_says_so_in_its_title_and_description()
    {
        var page = Built.Value.Read("output/shili-shiliju/2023/annual-report/index.html");
        var banner = page.IndexOf("<p class=\"sample-banner\"><strong class=\"sample-mark\">示例</strong> 本文档是为演示本系统而虚构的", StringComparison.Ordinal);
        Assert.InRange(banner, 0, page.IndexOf("<dl class=\"doc-facts\"", StringComparison.Ordinal));
        Assert.Contains("<title>【示例】示例区示例局2023年", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"示例（虚构内容，不是真实的政府信息）：示例数据：这份报告", page, StringComparison.Ordinal);
        Built.Value.AssertFile("output/real/2023/annual-report/index.html", "! sample-banner", "! 【示例】", "! sample-mark");
    }

    [Theory]
    [InlineData("output/index.html")]
    [InlineData("output/shili-shiliju/index.html")]
    [InlineData("output/shili-shiliju/2023/index.html")]
    [InlineData("output/years/2023/index.html")]
    [InlineData("output/types/annual-report/index.html")]
    public void Every_listing_marks_the_sample_document_and_only_it(string listing) =>
        Built.Value.AssertFile(listing, Mark + SampleLink, "! " + Mark + RealLink);

    [Fact]
    public void The_invented_agency_is_marked_on_its_pages_and_in_the_directory()
    {
        Built.Value.AssertFile("output/shili-shiliju/index.html", "<p class=\"sample-banner\"><strong class=\"sample-mark\">示例</strong> 这是为演示本系统而虚构的机关", "<title>【示例】示例区示例局");
        Built.Value.AssertFile("output/agencies/index.html", Mark + "<a href=\"/shili-shiliju/\">", "! " + Mark + "<a href=\"/real/\">");
        Built.Value.AssertFile("output/index.html", Mark + "<a href=\"/shili-shiliju/\">");
    }

    [Fact]
    public void The_feed_entry_is_prefixed_and_categorised_as_sample()
    {
        foreach (var feed in new[] { "output/feed.xml", "output/shili-shiliju/feed.xml" })
        {
            Built.Value.AssertFile(feed,
                "<title>【示例】示例区示例局2023年政府信息公开工作年度报告</title>",
                "<category term=\"sample\" label=\"示例\" />",
                "! <title>【示例】真实局");
        }
    }

    [Fact]
    public void The_open_data_has_a_sample_column_and_the_data_page_says_which_reports_are_real()
    {
        var rows = OpenData.TestCsv.Read(Built.Value.Read("output/data/figures-2023.csv"));
        Assert.Equal(["机关代码", "机关名称", "年度", "表格格式", "示例数据", "原文地址"], rows[0][..6]);
        Assert.Equal(["real", "真实局", "2023", "gb2021", "false", "https://www.example.gov.cn/t1.htm"], rows[1][..6]);
        Assert.Equal(["shili-shiliju", "示例区示例局", "2023", "gb2021", "true", ""], rows[2][..6]);
        Assert.Equal(3, rows.Count);
        var agency = OpenData.TestCsv.Read(Built.Value.Read("output/shili-shiliju/figures.csv"));
        Assert.Contains(["sample", "", "示例数据", "", "true"], agency);
        Assert.Contains(["sample", "", "示例数据", "", "false"], OpenData.TestCsv.Read(Built.Value.Read("output/real/figures.csv")));
        Built.Value.AssertFile("output/data/index.html",
            "其中 1 份是真实报告",
            "1 份是示例报告（“示例数据”列 <code>sample</code> 为 <code>true</code>）",
            "示例机关：<a href=\"/shili-shiliju/\">示例区示例局</a>",
            "其中 1 份为示例（虚构）报告");
    }

    [Fact]
    public void The_chart_of_all_agencies_counts_the_real_reports_alone()
    {
        var data = Built.Value.Read("output/data/index.html");
        Assert.Contains("<td class=\"num\">3</td>", data, StringComparison.Ordinal);
        Assert.DoesNotContain("<td class=\"num\">103</td>", data, StringComparison.Ordinal);
        Assert.DoesNotContain("<td class=\"num\">100</td>", data, StringComparison.Ordinal);
        Assert.Contains("图中只计真实报告", data, StringComparison.Ordinal);
    }

    [Fact]
    public void The_search_result_data_marks_the_sample_document()
    {
        var site = Built.Value;
        var engine = new SearchEngine(new SearchIndexReader(p => site.Exists("output/" + p) ? site.Files.ReadAllBytes("/site/output/" + p) : null));
        Assert.True(Assert.Single(engine.SearchAll("虚构")).Fragment.Sample);
        Assert.False(Assert.Single(engine.SearchAll("收到申请三件")).Fragment.Sample);
    }

    [Fact]
    public void A_first_paragraph_that_starts_with_the_words_sample_data_is_the_summary_like_any_other() =>
        Built.Value.AssertFile("output/shili-shiliju/2023/index.html", "<p class=\"doc-summary\">示例数据：这份报告的机关和数字都是虚构的");

    [Fact]
    public void A_sample_document_under_a_real_agency_is_an_error_at_its_line()
    {
        var site = SiteTest.Build("""
            -- content/site.yml --
            title: 文库
            -- content/real/_agency.yml --
            name: 真实局
            -- content/real/2023/x.md --
            ---
            title: 虚构的文件
            type: document
            date: 2024-01-05
            sample: true
            ---
            正文
            """);
        Assert.False(site.Result.Succeeded);
        Assert.Contains("sample: true", site.AssertDiagnostic(DiagnosticCodes.SampleUnderRealAgency, "content/real/2023/x.md:5").Hint, StringComparison.Ordinal);
    }
}

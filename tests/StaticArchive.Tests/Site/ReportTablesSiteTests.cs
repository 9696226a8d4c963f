using StaticArchive.Tables;
using StaticArchive.Tests.Support;
using StaticArchive.Tests.Tables;

namespace StaticArchive.Tests.Site;

/// <summary>The report tables through the whole build: placement, rules, acknowledged inconsistencies, open data.</summary>
public sealed class ReportTablesSiteTests
{
    private static string Archive(string yaml, bool acknowledged = false) => $$$"""
        -- content/site.yml --
        title: 文库
        -- content/linzi-gxj/_agency.yml --
        name: 临淄区工业和信息化局
        -- content/linzi-gxj/2023/annual-report.md --
        ---
        title: 2023年政府信息公开工作年度报告
        type: annual-report
        date: 2024-01-20
        {{{(acknowledged ? "published_inconsistencies: acknowledged" : "")}}}
        ---
        ## 二、主动公开政府信息情况

        {{< table table2 >}}

        ## 三、收到和处理政府信息公开申请情况

        {{< table table3 >}}

        ## 四、政府信息公开行政复议、行政诉讼情况

        {{< table table4 >}}
        -- content/linzi-gxj/2023/annual-report.yml --
        {{{yaml}}}
        """;

    [Fact]
    public void A_consistent_report_shows_three_tables_and_links_its_figures()
    {
        var site = SiteTest.Build(Archive(TestReports.Yaml())).AssertSucceeded();
        var html = site.Read("output/linzi-gxj/2023/annual-report/index.html");
        Assert.Equal(3, html.Split("<table").Length - 1);
        site.AssertFile("output/linzi-gxj/2023/annual-report/index.html", "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "href=\"/linzi-gxj/figures.csv\"", "href=\"/data/\"", "! {{<");
        Assert.StartsWith("\uFEFF", site.Read("output/linzi-gxj/figures.csv"), StringComparison.Ordinal);
        Assert.False(site.Exists("output/linzi-gxj/2023/annual-report/figures.csv"));
        site.AssertFile("output/data/index.html", "application/ld+json", "\"@type\": \"Dataset\"", "<svg");
        site.AssertFile("output/linzi-gxj/index.html", "<svg");
    }

    [Fact]
    public void Figures_whose_sum_overflows_a_64_bit_integer_are_a_diagnostic_not_a_crash()
    {
        var cells = new Dictionary<string, string>
        {
            ["table3.new_received.natural_person"] = "9223372036854775807",
            ["table3.new_received.commercial_enterprise"] = "9223372036854775807",
            ["table3.new_received.total"] = "0",
            ["table3.granted.natural_person"] = "99999999999999999999",
        };
        var yaml = TestReports.Yaml(cells: cells);
        var site = SiteTest.Build(Archive(yaml, acknowledged: true));
        Assert.False(site.Result.Succeeded);
        var line = TestReports.LineOf(yaml, "  new_received:");
        var d = site.AssertDiagnostic(TableDiagnosticCodes.CellTooLarge, $"content/linzi-gxj/2023/annual-report.yml:{line}:");
        Assert.Contains("太大", d.Message, StringComparison.Ordinal);
        Assert.Equal(3, site.Result.Diagnostics.Count(x => x.Code == TableDiagnosticCodes.CellTooLarge));
    }

    [Fact]
    public void The_agencys_file_has_one_row_per_figure_of_its_reports()
    {
        var site = SiteTest.Build(Archive(TestReports.Yaml())).AssertSucceeded();
        var csv = OpenData.TestCsv.Read(site.Read("output/linzi-gxj/figures.csv"));
        // Header and the rows about the report, then gb2021's figures: table 二 has 2×3 + 3×1 + 1 = 10, table 三 25 rows × 7, table 四 3 × 5.
        Assert.Equal(1 + 5 + 10 + (25 * 7) + 15, csv.Count);
        Assert.Equal(2, OpenData.TestCsv.Read(site.Read("output/data/figures-2023.csv")).Count);
    }

    [Fact]
    public void A_broken_figure_fails_the_build_naming_the_cell_and_the_sums()
    {
        var cells = new Dictionary<string, string> { ["table3.denied.state_secret.commercial_enterprise"] = "5" };
        var site = SiteTest.Build(Archive(TestReports.Yaml(cells: cells)));

        Assert.False(site.Result.Succeeded);
        var messages = string.Join('\n', site.Result.Diagnostics);
        Assert.Contains("content/linzi-gxj/2023/annual-report.yml:", messages, StringComparison.Ordinal);
        Assert.Contains("商业企业", messages, StringComparison.Ordinal);
        Assert.Contains("（七）总计", messages, StringComparison.Ordinal);
        Assert.False(site.Exists("output/index.html"));
    }

    [Fact]
    public void An_acknowledged_inconsistency_builds_and_tells_the_reader()
    {
        var cells = new Dictionary<string, string> { ["table3.denied.state_secret.commercial_enterprise"] = "5" };
        var site = SiteTest.Build(Archive(TestReports.Yaml(cells: cells), acknowledged: true)).AssertSucceeded();
        site.AssertFile("output/linzi-gxj/2023/annual-report/index.html",
            "<section class=\"inconsistency-notice\" role=\"note\" aria-labelledby=\"inconsistency-notice\">\n<h2 id=\"inconsistency-notice\">关于表中数据的说明</h2>",
            "按原报告印发的数字照登",
            "<li>三、收到和处理政府信息公开申请情况：三、（三）不予公开 1.属于国家秘密 / 总计：印为 0，本行各申请人类别相加为 5</li>");
    }

    [Fact]
    public void A_table_shortcode_without_a_data_file_names_the_line()
    {
        var site = SiteTest.Build("""
            -- content/site.yml --
            title: 文库
            -- content/a/_agency.yml --
            name: 甲局
            -- content/a/2023/r.md --
            ---
            title: 报告
            type: annual-report
            date: 2024-01-20
            ---
            正文

            {{< table table3 >}}
            """);
        Assert.False(site.Result.Succeeded);
        Assert.Contains(site.Result.Diagnostics, d => d.Location.StartsWith("content/a/2023/r.md:8", StringComparison.Ordinal));
    }

    [Fact]
    public void A_caption_that_repeats_the_heading_above_it_is_read_out_but_not_shown_again()
    {
        var site = SiteTest.Build(Archive(TestReports.Yaml()).Replace("## 四、政府信息公开行政复议、行政诉讼情况", "## 四、复议和诉讼", StringComparison.Ordinal)).AssertSucceeded();
        site.AssertFile("output/linzi-gxj/2023/annual-report/index.html",
            "<span class=\"caption-title visually-hidden\">二、主动公开政府信息情况</span><span class=\"caption-meta\">",
            "<span class=\"caption-title visually-hidden\">三、收到和处理政府信息公开申请情况</span>",
            "<span class=\"caption-title\">四、政府信息公开行政复议、行政诉讼情况</span>");
    }
}

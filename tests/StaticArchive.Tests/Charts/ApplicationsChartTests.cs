using AngleSharp.Html.Parser;
using StaticArchive.Charts;
using StaticArchive.Tables;
using StaticArchive.Tables.Schema;
using StaticArchive.Tests.Support;
using StaticArchive.Tests.Tables;

namespace StaticArchive.Tests.Charts;

public sealed class ApplicationsChartTests
{
    private static Dictionary<string, string> Cells(int received, string processed, int forward) => new()
    {
        ["table3.new_received.natural_person"] = $"{received}",
        ["table3.new_received.total"] = $"{received}",
        ["table3.granted.natural_person"] = processed,
        ["table3.granted.total"] = processed,
        ["table3.total_processed.natural_person"] = processed,
        ["table3.total_processed.total"] = processed,
        ["table3.carried_forward.natural_person"] = $"{forward}",
        ["table3.carried_forward.total"] = $"{forward}",
    };

    private static ReportEntry Year(int year, int received, int processed, int forward) =>
        TestReports.Entry(TestReports.Report(FormatVersion.Gb2021, Cells(received, $"{processed}", forward), year), year: year);

    private static string Report(int year, IReadOnlyDictionary<string, string> cells) => $$$"""
        -- content/linzi-gxj/{{{year}}}/annual-report.md --
        ---
        title: {{{year}}}年政府信息公开工作年度报告
        type: annual-report
        date: {{{year + 1}}}-01-20
        published_inconsistencies: acknowledged
        ---
        {{< table table3 >}}
        -- content/linzi-gxj/{{{year}}}/annual-report.yml --
        {{{TestReports.Yaml(cells: cells, year: year)}}}
        """;

    [Fact]
    public void Series_sums_received_one_plus_two_and_processed_per_year()
    {
        var series = ApplicationsChart.Series([Year(2023, 9, 7, 2), Year(2022, 5, 5, 0)]);
        Assert.Equal([new YearFigures(2022, 5, 5), new YearFigures(2023, 9, 7)], series);
    }

    [Fact]
    public void Layout_draws_a_bar_per_printed_figure_on_a_round_scale()
    {
        var chart = ApplicationsChart.Layout([new(2022, 5, 5), new(2023, 9, null)], "a-");
        Assert.Equal("a-applications-chart", chart.Id);
        Assert.Equal([0L, 5, 10, 15, 20], chart.Ticks.Select(t => t.Value));
        Assert.NotNull(chart.Years[1].ReceivedBar);
        Assert.Null(chart.Years[1].ProcessedBar);
        Assert.Equal(chart.Years[0].ReceivedBar!.Height, chart.Years[0].ProcessedBar!.Height);
    }

    [Fact]
    public void Chart_is_an_accessible_svg_with_the_same_figures_as_a_table()
    {
        var site = SiteTest.Build($"""
            -- content/site.yml --
            title: 文库
            -- content/linzi-gxj/_agency.yml --
            name: 临淄区工业和信息化局
            {Report(2022, Cells(5, "5", 0))}
            {Report(2023, Cells(9, "null", 0))}
            """).AssertSucceeded();
        var html = site.Read("output/linzi-gxj/index.html");
        var doc = new HtmlParser().ParseDocument(html);
        var svg = doc.QuerySelector("#agency-chart ~ figure svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var labelIds = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("临淄区工业和信息化局：政府信息公开申请数量（按年）", doc.GetElementById(labelIds[0])!.TextContent);
        Assert.Equal("2022年至2023年每年收到申请（一＋二）与办理完毕（三（七）总计）的柱状图。2022年收到 5、办结 5；2023年收到 9、办结 未填报。",
            doc.GetElementById(labelIds[1])!.TextContent);
        Assert.Equal(3, svg.QuerySelectorAll("rect[class^=chart-bar]").Length);
        var rows = doc.QuerySelectorAll("figure details table tbody tr").Select(r => r.TextContent).ToArray();
        Assert.Equal(["2022年55", "2023年9未填报"], rows);
        Assert.Equal("临淄区工业和信息化局：政府信息公开申请数量（按年）", doc.QuerySelector("figure details table caption")!.TextContent);
        var figure = doc.QuerySelector("figure.chart")!.OuterHtml;
        Assert.DoesNotContain("style=", figure, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", figure, StringComparison.Ordinal);
    }
}

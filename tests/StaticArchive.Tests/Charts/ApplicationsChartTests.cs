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
    public void Series_sums_received_one_plus_two_and_processed_per_year_and_counts_the_reports_added_up()
    {
        var series = ApplicationsChart.Series([Year(2023, 9, 7, 2), Year(2022, 5, 5, 0), Year(2023, 1, 1, 0)]);
        Assert.Equal([new YearFigures(2022, 5, 5, Agencies: 1), new YearFigures(2023, 10, 8, Agencies: 2)], series);
    }

    [Fact]
    public void Layout_draws_bars_in_proportion_with_room_for_the_label_after_the_longest()
    {
        var chart = ApplicationsChart.Layout([new(2022, 10, 5), new(2023, 0, null)], "a-");
        Assert.Equal("a-applications-chart", chart.Id);
        Assert.False(chart.CountsAgencies);
        Assert.Equal(("62%", "31%"), (chart.Years[0].ReceivedBar.Width, chart.Years[0].ProcessedBar.Width));
        Assert.Equal("63.5%", chart.Years[0].ReceivedBar.LabelX);
        // A 0 and a blank have no length; their labels (0, 未填报) sit where the bar starts.
        Assert.Equal(("0%", "0%"), (chart.Years[1].ReceivedBar.Width, chart.Years[1].ProcessedBar.Width));
        Assert.Equal("1.5%", chart.Years[1].ReceivedBar.LabelX);
        Assert.Equal("9em", chart.Height);
    }

    [Fact]
    public void Chart_is_an_accessible_svg_with_the_same_figures_as_a_table()
    {
        var site = SiteTest.Build($"""
            -- content/site.yml --
            title: 文库
            -- content/linzi-gxj/_agency.yml --
            name: 临淄区工业和信息化局
            {Report(2022, Cells(0, "0", 0))}
            {Report(2023, Cells(9, "null", 0))}
            """).AssertSucceeded();
        var html = site.Read("output/linzi-gxj/index.html");
        var doc = new HtmlParser().ParseDocument(html);
        var svg = doc.QuerySelector("#agency-chart ~ figure svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var labelIds = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("临淄区工业和信息化局：政府信息公开申请数量（按年）", doc.GetElementById(labelIds[0])!.TextContent);
        Assert.Equal("2022年至2023年每年收到申请（一＋二）与办理完毕（三（七）总计）的条形图。2022年收到 0、办结 0；2023年收到 9、办结 未填报。",
            doc.GetElementById(labelIds[1])!.TextContent);
        Assert.Equal(["2022年", "收到 0", "办结 0", "2023年", "收到 9", "办结 未填报"], svg.QuerySelectorAll("text").Select(t => t.TextContent));
        Assert.Equal(["0%", "0%", "62%", "0%"], svg.QuerySelectorAll("rect").Select(r => r.GetAttribute("width")));
        var rows = doc.QuerySelectorAll("figure details table tbody tr").Select(r => r.TextContent).ToArray();
        Assert.Equal(["2022年00", "2023年9未填报"], rows);
        Assert.Equal("临淄区工业和信息化局：政府信息公开申请数量（按年）", doc.QuerySelector("figure details table caption")!.TextContent);
        var figure = doc.QuerySelector("figure.chart")!.OuterHtml;
        Assert.DoesNotContain("style=", figure, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", figure, StringComparison.Ordinal);
    }

    [Fact]
    public void The_all_agency_chart_says_how_many_agencies_each_year_adds_up()
    {
        var site = SiteTest.Build($"""
            -- content/site.yml --
            title: 文库
            -- content/linzi-gxj/_agency.yml --
            name: 临淄区工业和信息化局
            {Report(2022, Cells(5, "5", 0))}
            {Report(2023, Cells(9, "9", 0))}
            -- content/linzi-zfb/_agency.yml --
            name: 临淄区人民政府办公室
            {Report(2023, Cells(4, "4", 0)).Replace("linzi-gxj", "linzi-zfb", StringComparison.Ordinal)}
            """).AssertSucceeded();
        var doc = new HtmlParser().ParseDocument(site.Read("output/data/index.html"));
        var svg = doc.QuerySelector("figure.chart svg")!;
        Assert.Equal(["2022年（1个机关）", "2023年（2个机关）"], svg.QuerySelectorAll("text.chart-year").Select(t => t.TextContent));
        Assert.Contains("2023年（2个机关合计）收到 13、办结 13", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("各年机关数不同", doc.QuerySelector("figure.chart figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(["2022年155", "2023年21313"], doc.QuerySelectorAll("figure details table tbody tr").Select(r => r.TextContent));

        // One agency's own chart compares the agency with itself: no counts.
        Assert.DoesNotContain("个机关", site.Read("output/linzi-gxj/index.html"), StringComparison.Ordinal);
    }
}

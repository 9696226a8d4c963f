using AngleSharp.Html.Parser;
using StaticArchive.Charts;
using StaticArchive.Tables;
using StaticArchive.Tables.Schema;
using StaticArchive.Tests.Tables;

namespace StaticArchive.Tests.Charts;

public sealed class ApplicationsChartTests
{
    private static ReportEntry Year(int year, int received, int processed, int forward) => TestReports.Entry(TestReports.Report(FormatVersion.Gb2021,
        new Dictionary<string, string>
        {
            ["table3.new_received.natural_person"] = $"{received}",
            ["table3.new_received.total"] = $"{received}",
            ["table3.granted.natural_person"] = $"{processed}",
            ["table3.granted.total"] = $"{processed}",
            ["table3.total_processed.natural_person"] = $"{processed}",
            ["table3.total_processed.total"] = $"{processed}",
            ["table3.carried_forward.natural_person"] = $"{forward}",
            ["table3.carried_forward.total"] = $"{forward}",
        }, year), year: year);

    [Fact]
    public void Series_sums_received_one_plus_two_and_processed_per_year()
    {
        var series = ApplicationsChart.Series([Year(2023, 9, 7, 2), Year(2022, 5, 5, 0)]);
        Assert.Equal([new YearFigures(2022, 5, 5), new YearFigures(2023, 9, 7)], series);
    }

    [Fact]
    public void Chart_is_an_accessible_svg_with_the_same_figures_as_a_table()
    {
        var html = ApplicationsChart.Render("临淄区工业和信息化局 历年依申请公开情况", [new(2022, 5, 5), new(2023, 9, null)], "a-");
        var doc = new HtmlParser().ParseDocument($"<body>{html}</body>");
        var svg = doc.QuerySelector("svg")!;
        Assert.Equal("img", svg.GetAttribute("role"));
        var labelIds = svg.GetAttribute("aria-labelledby")!.Split(' ');
        Assert.Equal("临淄区工业和信息化局 历年依申请公开情况", doc.GetElementById(labelIds[0])!.TextContent);
        Assert.Contains("2023年收到 9、办结 未填报", doc.GetElementById(labelIds[1])!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, svg.QuerySelectorAll("rect[class^=chart-bar]").Length);
        var rows = doc.QuerySelectorAll("details table tbody tr").Select(r => r.TextContent).ToArray();
        Assert.Equal(["2022年55", "2023年9未填报"], rows);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.Equal(html, ApplicationsChart.Render("临淄区工业和信息化局 历年依申请公开情况", [new(2022, 5, 5), new(2023, 9, null)], "a-"));
    }
}

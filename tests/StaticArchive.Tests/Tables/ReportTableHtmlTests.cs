using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticArchive.Tables.Html;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Tests.Tables;

public sealed class ReportTableHtmlTests
{
    private static readonly TableContext Context = new(TestReports.Agency, 2023, "r-", TestReports.Words);

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument($"<!DOCTYPE html><html lang=\"zh-CN\"><body>{html}</body></html>");

    // What a screen reader announces: the headers' text, without what is aria-hidden.
    private static string HeaderText(IDocument doc, IElement cell) =>
        string.Join(" · ", cell.GetAttribute("headers")!.Split(' ').Select(id => Spoken(doc.GetElementById(id)!)));

    private static string Spoken(IElement element) =>
        string.Concat(element.ChildNodes.Select(n => n switch
        {
            IElement e when e.GetAttribute("aria-hidden") == "true" => "",
            IElement e => Spoken(e),
            _ => n.TextContent,
        }));

    [Theory]
    [InlineData(nameof(FormatVersion.Gb2021))]
    [InlineData(nameof(FormatVersion.Gb2019))]
    public void Table3_every_data_cell_announces_its_row_and_column_headers_from_the_registry(string format)
    {
        var version = Enum.Parse<FormatVersion>(format);
        var report = TestReports.Report(version, new Dictionary<string, string> { ["table3.denied.state_secret.commercial_enterprise"] = "0" });
        var doc = Parse(ReportTableHtml.Render(report.Table3, Context));
        var rows = doc.QuerySelectorAll("tbody tr").ToArray();
        var schema = report.Table3.Schema;
        Assert.Equal(schema.Rows.Count, rows.Length);
        for (var r = 0; r < rows.Length; r++)
        {
            var row = schema.Rows[r];
            var cells = rows[r].QuerySelectorAll("td").ToArray();
            Assert.Equal(ReportSchemas.Table3Columns.Count, cells.Length);
            for (var c = 0; c < cells.Length; c++)
            {
                var column = ReportSchemas.Table3Columns[c];
                string[] expected = [.. new[] { row.InResults ? ReportSchemas.Table3ResultsLabel : null, row.GroupLabel, row.Label, ReportSchemas.Table3ColumnGroupLabel, column.GroupLabel, column.Label }.OfType<string>()];
                Assert.Equal(string.Join(" · ", expected), HeaderText(doc, cells[c]));
                Assert.Equal("0", cells[c].TextContent);
                Assert.Contains("num", cells[c].ClassList);
            }
        }

        var example = rows[schema.Rows.ToList().FindIndex(x => x.Path == "denied.state_secret")].QuerySelectorAll("td")[1];
        Assert.Equal("三、本年度办理结果 · （三）不予公开 · 1.属于国家秘密 · 申请人情况 · 法人或其他组织 · 商业企业", HeaderText(doc, example));
        var received = rows[0].QuerySelectorAll("td")[0];
        Assert.Equal("一、本年新收政府信息公开申请数量 · 申请人情况 · 自然人", HeaderText(doc, received));
        Assert.Equal(version == FormatVersion.Gb2021 ? "22" : "20", doc.QuerySelector("th.results")!.GetAttribute("rowspan"));
        // Shown on a phone beside the row label, whose group stub has scrolled away; not read out twice.
        var stateSecret = doc.GetElementById("r-table3-r-denied-state_secret")!;
        Assert.Equal("<span class=\"stub-group\" aria-hidden=\"true\">（三）</span>1.属于国家秘密", stateSecret.InnerHtml);
    }

    [Theory]
    [InlineData("table2")]
    [InlineData("table3")]
    [InlineData("table4")]
    public void Tables_are_labelled_scrollable_regions_with_unique_ids_scoped_headers_and_no_inline_style(string name)
    {
        var report = TestReports.Report();
        var html = ReportTableHtml.Render(report.Get(name)!, Context);
        var doc = Parse(html);
        var region = doc.QuerySelector("div.table-scroll")!;
        Assert.Equal("region", region.GetAttribute("role"));
        Assert.Equal("0", region.GetAttribute("tabindex"));
        var caption = doc.GetElementById(region.GetAttribute("aria-labelledby")!)!;
        Assert.Equal("CAPTION", caption.TagName);
        Assert.Contains(report.Get(name)!.Schema.Heading, caption.TextContent, StringComparison.Ordinal);
        Assert.Contains("临淄区工业和信息化局 2023年", caption.TextContent, StringComparison.Ordinal);
        var ids = doc.QuerySelectorAll("[id]").Select(e => e.Id).ToArray();
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.All(doc.QuerySelectorAll("th"), th =>
        {
            Assert.False(string.IsNullOrEmpty(th.Id));
            Assert.Contains(th.GetAttribute("scope"), new[] { "row", "col", "rowgroup", "colgroup" });
            Assert.DoesNotContain(" ", th.TextContent, StringComparison.Ordinal);
        });
        Assert.All(doc.QuerySelectorAll("td[headers]"), td =>
            Assert.All(td.GetAttribute("headers")!.Split(' '), id => Assert.Equal("TH", doc.GetElementById(id)?.TagName)));
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<br", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Table3_note_describes_the_table_outside_the_data_cells()
    {
        var doc = Parse(ReportTableHtml.Render(TestReports.Report().Table3, Context));
        var table = doc.QuerySelector("table")!;
        var note = doc.GetElementById(table.GetAttribute("aria-describedby")!)!;
        Assert.Equal("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", note.TextContent);
        Assert.Null(note.Closest("td"));
    }

    [Fact]
    public void Table4_cells_carry_their_two_level_column_headers()
    {
        var doc = Parse(ReportTableHtml.Render(TestReports.Report().Table4, Context));
        var cells = doc.QuerySelectorAll("tbody td").ToArray();
        Assert.Equal(15, cells.Length);
        Assert.Equal("行政复议 · 结果维持", HeaderText(doc, cells[0]));
        Assert.Equal("行政诉讼 · 未经复议直接起诉 · 总计", HeaderText(doc, cells[9]));
        Assert.Equal("行政诉讼 · 复议后起诉 · 尚未审结", HeaderText(doc, cells[13]));
    }

    [Fact]
    public void Blank_cell_is_announced_as_not_reported_never_as_zero()
    {
        var report = TestReports.Report(cells: new Dictionary<string, string> { ["table3.granted.total"] = "null" });
        var doc = Parse(ReportTableHtml.Render(report.Table3, Context));
        var cell = doc.QuerySelectorAll("tbody tr")[2].QuerySelectorAll("td")[6];
        Assert.Equal("<span class=\"visually-hidden\">未填报</span>", cell.InnerHtml);
        Assert.Contains("blank", cell.ClassList);
    }

    [Fact]
    public void Table2_gb2021_money_keeps_digits_and_single_value_spans_three_columns()
    {
        var report = TestReports.Report(cells: new Dictionary<string, string> { ["table2.fees.amount_wan_yuan"] = "\"5949.088667\"" });
        var doc = Parse(ReportTableHtml.Render(report.Table2, Context));
        var fee = doc.QuerySelectorAll("td").Last();
        Assert.Equal("5949.088667", fee.TextContent);
        Assert.Equal("3", fee.GetAttribute("colspan"));
        Assert.Equal("第二十条第（八）项 · 行政事业性收费 · 本年收费金额（单位：万元）", HeaderText(doc, fee));
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        var report = TestReports.Report();
        Assert.Equal(ReportTableHtml.Render(report.Table3, Context), ReportTableHtml.Render(TestReports.Report().Table3, Context));
    }
}

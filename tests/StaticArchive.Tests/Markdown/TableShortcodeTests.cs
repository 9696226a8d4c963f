using Markdig;
using Markdig.Syntax;
using StaticArchive.Core;
using StaticArchive.Markdown.TableShortcode;
using StaticArchive.Tables;
using StaticArchive.Tables.Data;
using StaticArchive.Tables.Html;
using StaticArchive.Tests.Tables;

namespace StaticArchive.Tests.Markdown;

public sealed class TableShortcodeTests
{
    private const string MdPath = "content/linzi-gxj/2023/annual-report.md";
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseTableShortcodes().Build();
    private static readonly TableContext Context = new(TestReports.Agency, 2023, "r-", TestReports.Words);

    private static (string Html, IReadOnlyList<Diagnostic> Diagnostics, MarkdownDocument Ast) Render(string markdown, DocumentTables? tables, int bodyFirstLine = 5)
    {
        var ast = Markdig.Markdown.Parse(markdown, Pipeline);
        var bag = new DiagnosticBag();
        TablePlacement.Apply(ast, tables, Context, MdPath, bodyFirstLine, bag);
        return (ast.ToHtml(Pipeline), bag.ToSortedList(), ast);
    }

    private static DocumentTables Report() => TestReports.Load(TestReports.Yaml());

    [Fact]
    public void Shortcode_on_its_own_line_places_the_table()
    {
        const string md = "## 三、收到和处理政府信息公开申请情况\n\n{{< table table3 >}}\n\n正文。\n\n{{< table table2 >}}\n\n  {{<table   table4>}}  \n";
        var (html, diagnostics, ast) = Render(md, Report());
        Assert.Empty(diagnostics);
        Assert.Equal(["table3", "table2", "table4"], ast.Descendants<TableShortcodeBlock>().Select(b => b.Name));
        Assert.Contains("<table id=\"r-table3\"", html, StringComparison.Ordinal);
        Assert.Contains("<table id=\"r-table4\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{<", html, StringComparison.Ordinal);
        Assert.Contains("<p>正文。</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Shortcode_inside_text_or_code_is_not_a_table()
    {
        const string md = "见下表 {{< table table3 >}} 所示。\n\n```\n{{< table table3 >}}\n```\n\n    {{< table table3 >}}\n\n{{< figure x >}}\n\n{{< table table2 >}}\n{{< table table4 >}}\n";
        var (html, diagnostics, ast) = Render(md, Report());
        Assert.Equal(["table2", "table4"], ast.Descendants<TableShortcodeBlock>().Select(b => b.Name));
        Assert.Contains("见下表 {{&lt; table table3 &gt;}} 所示。", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code>{{&lt; table table3 &gt;}}\n</code></pre>", html, StringComparison.Ordinal);
        Assert.Contains("{{&lt; figure x &gt;}}", html, StringComparison.Ordinal);
        var unplaced = Assert.Single(diagnostics);
        Assert.Equal(TableDiagnosticCodes.TableNotPlaced, unplaced.Code);
        Assert.Contains("table3", unplaced.Message, StringComparison.Ordinal);
        Assert.Equal("content/linzi-gxj/2023/annual-report.yml", unplaced.File);
    }

    [Fact]
    public void Unknown_name_is_reported_at_its_line_in_the_md_file_with_a_suggestion()
    {
        const string md = "# 标题\n\n段落。\n\n{{< table tabel3 >}}\n\n{{< table table2 >}}\n\n{{< table table4 >}}\n";
        var (_, diagnostics, _) = Render(md, Report(), bodyFirstLine: 6);
        var unknown = Assert.Single(diagnostics, d => d.Code == TableDiagnosticCodes.UnknownTableName);
        Assert.Equal(MdPath, unknown.File);
        Assert.Equal(10, unknown.Line);
        Assert.Equal(1, unknown.Column);
        Assert.Contains("table3", unknown.Hint, StringComparison.Ordinal);
        Assert.Single(diagnostics, d => d.Code == TableDiagnosticCodes.TableNotPlaced);
    }

    [Fact]
    public void Shortcode_without_a_data_file_is_reported()
    {
        var (html, diagnostics, _) = Render("正文\n\n{{< table table3 >}}\n", tables: null, bodyFirstLine: 4);
        var d = Assert.Single(diagnostics);
        Assert.Equal(TableDiagnosticCodes.ShortcodeWithoutData, d.Code);
        Assert.Equal(6, d.Line);
        Assert.Equal("<p>正文</p>\n", html);
    }

    [Fact]
    public void Malformed_table_shortcode_is_reported_not_printed()
    {
        var (html, diagnostics, _) = Render("{{< table >}}\n", Report(), bodyFirstLine: 1);
        Assert.Contains(diagnostics, d => d.Code == TableDiagnosticCodes.UnknownTableName && d.Line == 1);
        Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Placing_a_table_twice_warns_and_keeps_ids_unique()
    {
        var (html, diagnostics, _) = Render("{{< table table3 >}}\n\n{{< table table3 >}}\n\n{{< table table2 >}}\n\n{{< table table4 >}}\n", Report());
        Assert.Equal([TableDiagnosticCodes.TablePlacedTwice], diagnostics.Select(d => d.Code));
        Assert.Contains("id=\"r-table3\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"r-2-table3\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Generic_table_is_placed_by_its_name_with_headers_and_notes()
    {
        var tables = TestReports.Load("tables:\n  budget:\n    caption: 预算\n    columns: [合计, {group: 其中, columns: [拨款, 其他]}]\n    rows:\n      - [基本支出, 120.5, 100, null]\n    notes: 单位：万元\n");
        var (html, diagnostics, _) = Render("{{< table budget >}}\n", tables);
        Assert.Empty(diagnostics);
        Assert.Contains("<caption id=\"r-budget-caption\"><span class=\"caption-title\">预算</span></caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th id=\"r-budget-g1\" scope=\"colgroup\" colspan=\"2\">其中</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\" headers=\"r-budget-r1 r-budget-g1 r-budget-c2\">100</td>", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"r-budget-note\"", html, StringComparison.Ordinal);
        Assert.Contains("<div class=\"table-note\" id=\"r-budget-note\"><p>单位：万元</p></div>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shared_pipeline_renders_each_documents_own_tables_in_parallel()
    {
        var a = TestReports.Load(TestReports.Yaml(cells: new Dictionary<string, string> { ["table4.review.upheld"] = "7", ["table4.review.total"] = "7" }));
        var b = Report();
        var results = Enumerable.Range(0, 40).AsParallel().Select(i =>
        {
            var (html, _, _) = Render("{{< table table4 >}}\n", i % 2 == 0 ? a : b);
            return (i, html);
        }).ToArray();
        Assert.All(results, r => Assert.Equal(r.i % 2 == 0, r.html.Contains(">7</td>", StringComparison.Ordinal)));
    }
}

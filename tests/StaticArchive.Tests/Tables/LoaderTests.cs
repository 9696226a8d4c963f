using StaticArchive.Core;
using StaticArchive.Tables;
using StaticArchive.Tables.Data;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Tests.Tables;

public sealed class LoaderTests
{
    private const string Path = "content/linzi-gxj/2023/annual-report.yml";

    private static (DocumentTables? Tables, IReadOnlyList<Diagnostic> Diagnostics) Load(string yaml)
    {
        var bag = new DiagnosticBag();
        var tables = DocumentTablesLoader.Load(Path, yaml, bag);
        return (tables, bag.ToSortedList());
    }

    [Fact]
    public void All_zero_gb2021_report_loads_without_diagnostics()
    {
        var (tables, diagnostics) = Load(TestReports.Yaml());
        Assert.Empty(diagnostics);
        var report = tables!.Report!;
        Assert.Equal(FormatVersion.Gb2021, report.Version);
        Assert.Equal(TestReports.Agency, report.Info.Agency);
        Assert.Equal(2023, report.Info.Year);
        Assert.Equal(25, report.Table3.Schema.Rows.Count);
        Assert.Equal("0", report.Table2.Cell("fees", "amount_wan_yuan").Printed);
        Assert.Equal(0, report.Table3.Cell("denied.state_secret", "commercial_enterprise").Count);
    }

    [Fact]
    public void Gb2019_has_its_own_table2_and_a_single_other_handling_row()
    {
        var (tables, diagnostics) = Load(TestReports.Yaml(FormatVersion.Gb2019));
        Assert.Empty(diagnostics);
        var report = tables!.Report!;
        Assert.Equal(23, report.Table3.Schema.Rows.Count);
        Assert.NotNull(report.Table3.Schema.Row("other_handling"));
        Assert.Null(report.Table3.Schema.Row("other_handling.other"));
        Assert.Equal("规范性文件", report.Table2.Schema.Row("normative_documents")!.Label);
        Assert.Equal(CellType.SignedCount, report.Table2.Schema.Row("licensing")!.Column("change")!.Type);
        Assert.Equal("行政规范性文件", ReportSchemas.Get(FormatVersion.Gb2021, "table2").Row("normative_documents")!.Label);
        Assert.Equal(25, ReportSchemas.Get(FormatVersion.Gb2021, "table3").Rows.Count);
    }

    [Fact]
    public void Gb2019_change_may_be_negative_but_a_count_may_not()
    {
        var yaml = TestReports.Yaml(FormatVersion.Gb2019, new Dictionary<string, string>
        {
            ["table2.licensing.change"] = "-3",
            ["table2.penalty.decisions"] = "-1",
        });
        var (_, diagnostics) = Load(yaml);
        var d = Assert.Single(diagnostics);
        Assert.Equal(TableDiagnosticCodes.RuleR5, d.Code);
        Assert.Equal(TestReports.LineOf(yaml, "  penalty:"), d.Line);
        Assert.Contains("处理决定数量", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Blank_cell_is_null_not_zero()
    {
        var yaml = TestReports.Yaml(cells: new Dictionary<string, string> { ["table3.granted.total"] = "null" });
        var (tables, diagnostics) = Load(yaml);
        Assert.Empty(diagnostics);
        var cell = tables!.Report!.Table3.Cell("granted", "total");
        Assert.True(cell.IsBlank);
        Assert.Null(cell.Count);
        Assert.Equal(TestReports.LineOf(yaml, "  granted:"), cell.Line);
    }

    [Fact]
    public void Malformed_yaml_reports_the_line()
    {
        var yaml = TestReports.Yaml().Replace("  granted: {", "  granted: {{", StringComparison.Ordinal);
        var (tables, diagnostics) = Load(yaml);
        Assert.Null(tables);
        var d = Assert.Single(diagnostics);
        Assert.Equal(TableDiagnosticCodes.YamlSyntax, d.Code);
        Assert.Equal(TestReports.LineOf(yaml, "  granted:"), d.Line);
        Assert.NotEmpty(d.Hint);
    }

    [Fact]
    public void Unknown_key_suggests_the_nearest_one_with_its_line_and_column()
    {
        var yaml = TestReports.Yaml().Replace("    state_secret:", "    state_secrte:", StringComparison.Ordinal);
        var (_, diagnostics) = Load(yaml);
        var unknown = Assert.Single(diagnostics, d => d.Code == TableDiagnosticCodes.UnknownKey);
        Assert.Equal(TestReports.LineOf(yaml, "state_secrte"), unknown.Line);
        Assert.Equal(5, unknown.Column);
        Assert.Contains("state_secret", unknown.Hint, StringComparison.Ordinal);
        var missing = Assert.Single(diagnostics, d => d.Code == TableDiagnosticCodes.MissingRow);
        Assert.Contains("1.属于国家秘密", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Wrong_type_is_reported_at_the_cell()
    {
        var yaml = TestReports.Yaml(cells: new Dictionary<string, string> { ["table4.review.upheld"] = "三" });
        var (tables, diagnostics) = Load(yaml);
        var d = Assert.Single(diagnostics);
        Assert.Equal(TableDiagnosticCodes.WrongType, d.Code);
        var line = TestReports.LineOf(yaml, "  review:");
        Assert.Equal(line, d.Line);
        Assert.Equal(yaml.Split('\n')[line - 1].IndexOf("三", StringComparison.Ordinal) + 1, d.Column);
        Assert.False(tables!.Report!.Table4.Has("review", "upheld"));
    }

    [Fact]
    public void Missing_cell_names_the_row_and_column_in_chinese()
    {
        var yaml = TestReports.Yaml().Replace("  carried_forward: {natural_person: 0, ", "  carried_forward: {", StringComparison.Ordinal);
        var (_, diagnostics) = Load(yaml);
        var d = Assert.Single(diagnostics);
        Assert.Equal(TableDiagnosticCodes.MissingCell, d.Code);
        Assert.Equal(TestReports.LineOf(yaml, "carried_forward"), d.Line);
        Assert.Contains("四、结转下年度继续办理", d.Message, StringComparison.Ordinal);
        Assert.Contains("自然人", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_format_version_is_reported_and_suggests_generic_tables()
    {
        var yaml = TestReports.Yaml().Replace("format_version: gb2021", "format_version: pre2019", StringComparison.Ordinal);
        var (tables, diagnostics) = Load(yaml);
        Assert.Null(tables!.Report);
        var d = Assert.Single(diagnostics);
        Assert.Equal(TableDiagnosticCodes.UnknownFormatVersion, d.Code);
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void Gb2021_rows_in_a_gb2019_file_are_unknown_keys()
    {
        var yaml = TestReports.Yaml().Replace("format_version: gb2021", "format_version: gb2019", StringComparison.Ordinal);
        var (_, diagnostics) = Load(yaml);
        Assert.Contains(diagnostics, d => d.Code == TableDiagnosticCodes.UnknownKey && d.Message.Contains("issued", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == TableDiagnosticCodes.UnknownKey && d.Message.Contains("overdue_correction", StringComparison.Ordinal));
    }

    [Fact]
    public void Generic_tables_load_with_two_level_columns_and_notes()
    {
        const string yaml = """
            tables:
              budget:
                caption: 2023年部门预算
                stub: 项目
                columns: [合计, {group: 其中, columns: [财政拨款, 其他收入]}]
                rows:
                  - [基本支出, 120.5, 100, 20.5]
                  - {header: 项目支出, cells: [30, null, 30]}
                notes: 单位：万元
            """;
        var (tables, diagnostics) = Load(yaml);
        Assert.Empty(diagnostics);
        Assert.Null(tables!.Report);
        var table = tables.Generic["budget"];
        Assert.Equal(["合计", "财政拨款", "其他收入"], table.Columns.Select(c => c.Label));
        Assert.Equal([null, "其中", "其中"], table.Columns.Select(c => c.Group));
        Assert.True(table.Rows[1].Cells[1].IsBlank);
        Assert.Equal(["单位：万元"], table.Notes);
        Assert.Equal([("budget", 2)], tables.Names);
    }

    [Fact]
    public void Generic_row_with_wrong_cell_count_is_reported()
    {
        const string yaml = "tables:\n  t:\n    caption: 表\n    columns: [a, b]\n    rows:\n      - [行, 1]\n";
        var (_, diagnostics) = Load(yaml);
        var d = Assert.Single(diagnostics);
        Assert.Equal(TableDiagnosticCodes.GenericTableInvalid, d.Code);
        Assert.Equal(6, d.Line);
    }

    [Fact]
    public void Unknown_top_level_key_is_reported()
    {
        var (_, diagnostics) = Load(TestReports.Yaml().Replace("table4:", "tabel4:", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == TableDiagnosticCodes.UnknownKey && d.Hint.Contains("table4", StringComparison.Ordinal));
        Assert.Contains(diagnostics, d => d.Code == TableDiagnosticCodes.MissingTable);
    }
}

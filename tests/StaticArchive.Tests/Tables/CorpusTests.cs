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
        var inconsistent = corpus.ManifestList("inconsistent_files");
        var broken = corpus.Files.Where(f => ReportRules.Check(f.Tables!.Report!).Count > 0).Select(f => f.Path).ToArray();
        Assert.Equal(inconsistent.Order(StringComparer.Ordinal), broken);

        foreach (var entry in corpus.Manifest.RootElement.GetProperty("inconsistent").EnumerateArray())
        {
            var file = corpus.Files.Single(f => f.Path == entry.GetProperty("file").GetString());
            var figure = entry.GetProperty("figure").GetString()!;
            var rowPath = figure[..figure.LastIndexOf('.')];
            var column = figure[(figure.LastIndexOf('.') + 1)..];
            var violations = ReportRules.Check(file.Tables!.Report!);
            var expectedRules = entry.GetProperty("rules").EnumerateArray().Select(r => r.GetString()!).ToHashSet();
            Assert.Equal(expectedRules, violations.Select(v => v.Rule).ToHashSet());
            Assert.All(violations, v => Assert.True(
                $"{v.TableName}.{v.RowPath}" == rowPath || (v.ColumnKey == column && v.TableName == figure.Split('.')[0]),
                $"{v.CellPath} does not involve {figure}"));
            Assert.Contains("published_inconsistencies: acknowledged", file.Markdown, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Blank_cells_stay_null_and_make_R1_not_checkable_only()
    {
        foreach (var entry in corpus.Manifest.RootElement.GetProperty("blank").EnumerateArray())
        {
            var file = corpus.Files.Single(f => f.Path == entry.GetProperty("file").GetString());
            var report = file.Tables!.Report!;
            foreach (var cell in entry.GetProperty("cells").EnumerateArray().Select(c => c.GetString()!))
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
        var inconsistentAgencies = corpus.ManifestList("inconsistent_files").Select(f => f.Split('/')[1]).ToHashSet();
        var entries = corpus.Files.Select(f => TestReports.Entry(f.Tables!.Report!, f.Path.Split('/')[1], f.Tables.Report!.Info.Year));
        foreach (var agency in entries.GroupBy(e => e.AgencySlug))
        {
            var warnings = CrossYearRules.Check([.. agency]);
            if (!inconsistentAgencies.Contains(agency.Key))
            {
                Assert.Empty(warnings);
            }
        }
    }
}

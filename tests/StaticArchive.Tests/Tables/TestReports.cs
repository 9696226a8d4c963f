using System.Text;
using StaticArchive.Core;
using StaticArchive.IO;
using StaticArchive.Tables;
using StaticArchive.Tables.Data;
using StaticArchive.Tables.Html;
using StaticArchive.Tables.Schema;
using StaticArchive.Theme;

namespace StaticArchive.Tests.Tables;

/// <summary>Writes report data files in the bench corpus format, all zero unless a cell is overridden.</summary>
internal static class TestReports
{
    public const string Agency = "临淄区工业和信息化局";

    // Before the properties below: static initialisers run in the order they are written.
    private static readonly Lazy<UiStrings> StringsOnce = new(() => UiStrings.Load(ThemeFiles.Load(new MemoryFileSystem(), siteThemeFolder: null), "zh-CN", new DiagnosticBag()));

    /// <summary>The tables' words of the default theme in zh-CN, as a build of a zh-CN site has them.</summary>
    public static TableWords Words { get; } = TableWords.From(Strings);

    /// <summary>The default theme's words in zh-CN.</summary>
    public static UiStrings Strings => StringsOnce.Value;

    /// <summary>A data file; <paramref name="cells"/> maps key paths (table3.denied.state_secret.total) to YAML text.</summary>
    public static string Yaml(FormatVersion version = FormatVersion.Gb2021, IReadOnlyDictionary<string, string>? cells = null, int year = 2023)
    {
        cells ??= new Dictionary<string, string>();
        var sb = new StringBuilder();
        sb.Append($"schema: {ReportSchemas.SchemaId}\nformat_version: {version.Key()}\nreport:\n");
        sb.Append($"  agency: \"{Agency}\"\n  agency_kind: department\n  region: \"山东省淄博市临淄区\"\n  year: {year}\n  published: null\n  format_version: {version.Key()}\n");
        foreach (var table in ReportSchemas.All(version))
        {
            sb.Append($"{table.Name}:\n");
            string? openGroup = null;
            foreach (var row in table.Rows)
            {
                var indent = "  ";
                if (row.Path.Contains('.'))
                {
                    var group = row.Path.Split('.')[0];
                    if (openGroup != group)
                    {
                        sb.Append($"  {group}:\n");
                        openGroup = group;
                    }

                    indent = "    ";
                }

                var values = row.Columns.Select(c =>
                {
                    var key = $"{table.Name}.{row.Path}.{c.Key}";
                    return $"{c.Key}: {(cells.TryGetValue(key, out var v) ? v : c.Type == CellType.Money ? "\"0\"" : "0")}";
                });
                sb.Append($"{indent}{row.Key}: {{{string.Join(", ", values)}}}\n");
            }
        }

        return sb.ToString();
    }

    public static DocumentTables Load(string yaml, DiagnosticBag? bag = null)
    {
        bag ??= new DiagnosticBag();
        var tables = DocumentTablesLoader.Load("content/linzi-gxj/2023/annual-report.yml", yaml, bag);
        Assert.NotNull(tables);
        return tables;
    }

    public static ReportTables Report(FormatVersion version = FormatVersion.Gb2021, IReadOnlyDictionary<string, string>? cells = null, int year = 2023)
    {
        var bag = new DiagnosticBag();
        var tables = Load(Yaml(version, cells, year), bag);
        Assert.DoesNotContain(bag.ToSortedList(), d => d.Severity == Severity.Error && !d.Code.StartsWith("SA202", StringComparison.Ordinal));
        return tables.Report!;
    }

    public static ReportEntry Entry(ReportTables report, string slug = "linzi-gxj", int? year = null) =>
        new(slug, Agency, year ?? report.Info.Year ?? 2023, $"{slug}/{year ?? report.Info.Year}/annual-report/", report,
            $"content/{slug}/{year ?? report.Info.Year}/annual-report.yml");

    /// <summary>The 1-based line of the first line of <paramref name="yaml"/> containing <paramref name="text"/>.</summary>
    public static int LineOf(string yaml, string text) =>
        yaml.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains(text, StringComparison.Ordinal)).i + 1;
}

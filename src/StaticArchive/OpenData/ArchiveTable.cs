using System.Globalization;
using StaticArchive.Tables;
using StaticArchive.Tables.Schema;

namespace StaticArchive.OpenData;

/// <summary>
/// The archive dataset as one wide table: a row per annual report (agency, year, whether it is a sample, where the
/// original is, its page) and a column per figure of the standard tables. Every published form of the archive's
/// figures (Parquet, the CSV per year, the data dictionary, the CSVW description) is written from this.
/// </summary>
internal sealed class ArchiveTable
{
    /// <summary>The machine names of the columns about the report, in order.</summary>
    public static IReadOnlyList<string> ReportFields { get; } = ["agency", "agency_name", "year", "format_version", "sample", "source_url", "url"];

    private readonly Func<ReportEntry, string> _pageUrl;

    /// <summary>Creates the table.</summary>
    /// <param name="reports">The reports, in any order: rows are sorted by year, then agency, then page.</param>
    /// <param name="titles">The CSV title of each column about the report, by machine name (from the theme's words).</param>
    /// <param name="pageUrl">A report's page address as published (absolute when the site has an origin).</param>
    public ArchiveTable(IReadOnlyList<ReportEntry> reports, Func<string, string> titles, Func<ReportEntry, string> pageUrl)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(titles);
        ArgumentNullException.ThrowIfNull(pageUrl);
        _pageUrl = pageUrl;
        Reports = [.. reports.OrderBy(r => r.Year).ThenBy(r => r.AgencySlug, StringComparer.Ordinal).ThenBy(r => r.PageUrl, StringComparer.Ordinal)];
        Columns =
        [
            new("agency", titles("agency"), ColumnKind.Text),
            new("agency_name", titles("agency_name"), ColumnKind.Text),
            new("year", titles("year"), ColumnKind.Integer),
            new("format_version", titles("format_version"), ColumnKind.Text),
            new("sample", titles("sample"), ColumnKind.Boolean),
            new("source_url", titles("source_url"), ColumnKind.Text),
            new("url", titles("url"), ColumnKind.Text),
            .. FigureLayout.Columns.Select(f => new DatasetColumn(f.Key, f.Title, f.Type == CellType.Money ? ColumnKind.Text : ColumnKind.Integer, f)),
        ];
    }

    /// <summary>The reports, one per row, by year, agency and page.</summary>
    public IReadOnlyList<ReportEntry> Reports { get; }

    /// <summary>The columns: the report's, then every figure.</summary>
    public IReadOnlyList<DatasetColumn> Columns { get; }

    /// <summary>The years that have reports, in order.</summary>
    public IReadOnlyList<int> Years => [.. Reports.Select(r => r.Year).Distinct()];

    /// <summary>The reports of one year, in row order.</summary>
    public IEnumerable<ReportEntry> Of(int year) => Reports.Where(r => r.Year == year);

    /// <summary>One row: each column's text as the CSV writes it (null for an empty cell).</summary>
    public string?[] Row(ReportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var figures = FigureLayout.Values(entry);
        var row = new string?[Columns.Count];
        row[0] = entry.AgencySlug;
        row[1] = entry.AgencyName;
        row[2] = entry.Year.ToString(CultureInfo.InvariantCulture);
        row[3] = entry.Report.Version.Key();
        row[4] = entry.Sample ? "true" : "false";
        row[5] = entry.SourceUrl;
        row[6] = _pageUrl(entry);
        figures.CopyTo(row, ReportFields.Count);
        return row;
    }
}

using StaticArchive.Tables;
using StaticArchive.Tables.Schema;

namespace StaticArchive.OpenData;

/// <summary>One published figure in long format: which report, which cell, and its value as printed (null = blank).</summary>
public sealed record Figure(
    string Agency,
    string AgencyName,
    int Year,
    string Table,
    string RowKey,
    string RowLabel,
    string ColumnKey,
    string ColumnLabel,
    CellType Type,
    string? Value)
{
    /// <summary>The column names of the long-format files, in order.</summary>
    public static IReadOnlyList<string> Fields { get; } =
        ["agency", "agency_name", "year", "table", "row_key", "row_label", "column_key", "column_label", "value"];

    /// <summary>Every figure of one report in printed order (table, row, column), blank cells included.</summary>
    public static IEnumerable<Figure> Of(ReportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Report.Tables.SelectMany(t => t.Figures().Select(f => new Figure(
            entry.AgencySlug, entry.AgencyName, entry.Year, t.Schema.Name, f.Row.Path, f.Row.FullLabel,
            f.Column.Key, f.Column.Label, f.Column.Type, f.Cell.Printed)));
    }
}

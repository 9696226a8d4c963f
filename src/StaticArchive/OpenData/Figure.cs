using StaticArchive.Tables;
using StaticArchive.Tables.Schema;

namespace StaticArchive.OpenData;

/// <summary>One published figure in long format: which report, which cell, and its value as printed (null = blank).</summary>
public readonly record struct Figure(
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
        ["agency", "agency_name", "year", "sample", "source_url", "table", "row_key", "row_label", "column_key", "column_label", "value"];

    /// <summary>Every figure of one report in printed order (table, row, column), blank cells included.</summary>
    public static IEnumerable<Figure> Of(ReportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        foreach (var table in entry.Report.Tables)
        {
            // Positions follow the printed order (CellIndex), so the figures are read without lookups.
            var i = 0;
            foreach (var row in table.Schema.Rows)
            {
                foreach (var column in row.Columns)
                {
                    yield return new Figure(entry.AgencySlug, entry.AgencyName, entry.Year, table.Schema.Name, row.Path,
                        row.FullLabel, column.Key, column.Label, column.Type, table.PrintedAt(i++));
                }
            }
        }
    }
}

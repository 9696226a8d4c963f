using System.Globalization;
using System.Text.RegularExpressions;
using StaticArchive.Tables.Data;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Tables.Rules;

/// <summary>
/// The hard rules R1–R5 of the national format (see annual-report-schema.yml). A blank cell makes R1
/// "not checkable" for its row (no violation) and counts as 0 for R2/R3; a blank printed total is not compared.
/// </summary>
internal static partial class ReportRules
{
    private static readonly string[] ApplicantColumns =
        ["natural_person", "commercial_enterprise", "research_institution", "public_welfare_org", "legal_service_org", "other_org"];

    /// <summary>Every violation of R1–R5 in the report, in a stable order (rule, then printed order).</summary>
    public static IReadOnlyList<TableViolation> Check(ReportTables report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var found = new List<TableViolation>();
        var t3 = report.Table3;
        var columns = ReportSchemas.Table3Columns;

        foreach (var row in t3.Schema.Rows)
        {
            var parts = ApplicantColumns.Select(c => t3.Cell(row.Path, c).Count).ToArray();
            var total = t3.Cell(row.Path, "total");
            if (total.Count is { } printed && parts.All(p => p.HasValue) && parts.Sum(p => p!.Value) is var sum && sum != printed)
            {
                found.Add(At("R1", t3, row, row.Column("total")!, total, Str(sum)));
            }
        }

        var resultRows = t3.Schema.Rows.Where(r => r.InResults && r.Path != "total_processed").ToArray();
        var processedRow = t3.Schema.Row("total_processed")!;
        foreach (var column in columns)
        {
            var processed = t3.Cell("total_processed", column.Key);
            var sum = resultRows.Sum(r => Zero(t3, r.Path, column.Key));
            if (processed.Count is { } printed && printed != sum)
            {
                found.Add(At("R2", t3, processedRow, column, processed, Str(sum)));
            }
        }

        var forwardRow = t3.Schema.Row("carried_forward")!;
        foreach (var column in columns)
        {
            var forward = t3.Cell("carried_forward", column.Key);
            var expected = Zero(t3, "new_received", column.Key) + Zero(t3, "carried_over", column.Key) - Zero(t3, "total_processed", column.Key);
            if ((forward.Count ?? 0) != expected)
            {
                found.Add(At("R3", t3, forwardRow, column, forward, Str(expected)));
            }
        }

        var t4 = report.Table4;
        foreach (var row in t4.Schema.Rows)
        {
            var parts = new[] { "upheld", "corrected", "other", "pending" }.Sum(c => Zero(t4, row.Path, c));
            var total = t4.Cell(row.Path, "total");
            if (total.Count is { } printed && printed != parts)
            {
                found.Add(At("R4", t4, row, row.Column("total")!, total, Str(parts)));
            }
        }

        foreach (var table in report.Tables)
        {
            foreach (var (row, column, cell) in table.Figures())
            {
                if (CheckType(table.Schema, row, column, cell) is { } violation)
                {
                    found.Add(violation);
                }
            }
        }

        return found;
    }

    /// <summary>
    /// The rows of table 三 where R1 cannot be checked because a cell is blank: report them as "not checkable",
    /// never invent the missing figure.
    /// </summary>
    public static IReadOnlyList<RowDef> NotCheckableRows(ReportTables report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var t3 = report.Table3;
        return [.. t3.Schema.Rows.Where(r => r.Columns.Any(c => t3.Cell(r.Path, c.Key).IsBlank))];
    }

    /// <summary>R5 for one cell: a negative count, or money that is not a non-negative decimal; null when fine or blank.</summary>
    public static TableViolation? CheckType(TableSchema schema, RowDef row, ColumnDef column, TableCell cell)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(column);
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.IsBlank)
        {
            return null;
        }

        var problem = column.Type switch
        {
            CellType.Count when cell.Count is < 0 => "件数不能为负数",
            CellType.Count or CellType.SignedCount when cell.Count is null => "应为整数",
            CellType.Money when !MoneyPattern().IsMatch(cell.Printed!) => "金额应为不小于 0 的数字",
            _ => null,
        };
        return problem is null ? null : new TableViolation("R5", schema.Name, schema.Heading, row.Path, row.FullLabel,
            column.Key, column.Label, cell.Printed, problem, cell.Line, cell.Column);
    }

    private static TableViolation At(string rule, StandardTable table, RowDef row, ColumnDef column, TableCell cell, string expected) =>
        new(rule, table.Schema.Name, table.Schema.Heading, row.Path, row.FullLabel, column.Key, column.Label,
            cell.Printed, expected, cell.Line, cell.Column);

    private static long Zero(StandardTable table, string row, string column) => table.Cell(row, column).Count ?? 0;

    private static string Str(long value) => value.ToString(CultureInfo.InvariantCulture);

    // Published amounts: digits with an optional decimal part, optionally followed by the unit printed with them.
    [GeneratedRegex(@"^[0-9]+(\.[0-9]+)?(万元|元)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MoneyPattern();
}

using StaticArchive.Tables.Schema;

namespace StaticArchive.Import.Tables;

/// <summary>
/// What the source prints for one row: every way its printed text can be read as the row's cells (one reading
/// for a real table; possibly several for digits that ran together in page text).
/// </summary>
/// <param name="Row">The schema row.</param>
/// <param name="Candidates">Each reading: one value per column, null for a blank cell.</param>
/// <param name="Printed">The printed text of the row's figures, for the report.</param>
/// <param name="Marks">Cells printed as —, / or 无, by column index.</param>
internal sealed record RowReading(RowDef Row, IReadOnlyList<string?[]> Candidates, string Printed, IReadOnlyDictionary<int, string> Marks)
{
    /// <summary>A row read from a real table: exactly one reading.</summary>
    public static RowReading Single(RowDef row, string?[] values, string printed, IReadOnlyDictionary<int, string> marks) =>
        new(row, [values], printed, marks);
}

namespace StaticArchive.Import.Tables;

/// <summary>A table kept as printed under <c>tables:</c> in the data file (a free-form 统计表, or rows the standard
/// has no place for).</summary>
/// <param name="Name">Its name in the data file and the shortcode.</param>
/// <param name="Caption">Its caption.</param>
/// <param name="Columns">The column labels (after the row-header column).</param>
/// <param name="Rows">Each row: its header and its cells as printed (null for an empty cell).</param>
/// <param name="Stub">The label above the row headers, if printed.</param>
internal sealed record ImportedGenericTable(
    string Name,
    string Caption,
    IReadOnlyList<string> Columns,
    IReadOnlyList<(string Header, IReadOnlyList<string?> Cells)> Rows,
    string? Stub = null);

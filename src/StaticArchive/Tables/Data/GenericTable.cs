namespace StaticArchive.Tables.Data;

/// <summary>
/// A free-form table from a data file's <c>tables:</c> mapping: caption, columns (optionally grouped for a
/// two-level header), rows (row header + cells) and notes printed under it.
/// </summary>
internal sealed record GenericTable(
    string Name,
    string Caption,
    string? StubLabel,
    IReadOnlyList<GenericColumn> Columns,
    IReadOnlyList<GenericRow> Rows,
    IReadOnlyList<string> Notes,
    int Line);

namespace StaticArchive.Tables.Data;

/// <summary>A row of a generic table: its row header and its cells (blank where the file says null).</summary>
internal sealed record GenericRow(string Header, IReadOnlyList<TableCell> Cells);

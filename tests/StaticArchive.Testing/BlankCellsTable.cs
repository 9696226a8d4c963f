namespace StaticArchive.Testing;

/// <summary>A report that leaves the total of every result row adding up to 0 blank, as some real reports do.</summary>
/// <param name="File">The data file.</param>
/// <param name="Document">The report beside it.</param>
/// <param name="Cells">The blank cells as key paths, e.g. <c>table3.granted.total</c>.</param>
public sealed record BlankCellsTable(string File, string Document, IReadOnlyList<string> Cells);

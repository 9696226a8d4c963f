namespace StaticArchive.Tables.Data;

/// <summary>
/// Everything a document's data file holds: the standard report tables (if any) and the generic tables by
/// name, plus where each table is defined so the placement check can point at it.
/// </summary>
internal sealed record DocumentTables(
    string DataFilePath,
    ReportTables? Report,
    IReadOnlyDictionary<string, GenericTable> Generic)
{
    /// <summary>Every placeable table name with its line in the data file, standard tables first.</summary>
    public IReadOnlyList<(string Name, int Line)> Names =>
    [
        .. Report is null ? [] : Report.Tables.Select(t => (t.Schema.Name, t.Line)),
        .. Generic.Values.OrderBy(t => t.Line).Select(t => (t.Name, t.Line)),
    ];
}

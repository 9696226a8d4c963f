namespace StaticArchive.Tables.Schema;

/// <summary>
/// One standard table of the annual report: its name in the data file (<c>table3</c>), its section number
/// (三), its exact title, its data rows in printed order and the note printed with it.
/// </summary>
internal sealed record TableSchema(string Name, string Number, string Title, IReadOnlyList<RowDef> Rows, string? Note = null)
{
    /// <summary>Section number and title as printed, e.g. <c>三、收到和处理政府信息公开申请情况</c>.</summary>
    public string Heading { get; } = $"{Number}、{Title}";

    /// <summary>The row with this key path, or null.</summary>
    public RowDef? Row(string path) => Rows.FirstOrDefault(r => r.Path == path);

    /// <summary>The keys that may appear directly under the table in the data file, in printed order.</summary>
    public IReadOnlyList<string> TopLevelKeys { get; } = [.. Rows.Select(r => r.Path.Split('.')[0]).Distinct()];

    // Built once per schema (the schemas are shared singletons), never per table, like the two properties
    // above. A `with` that replaced Rows would keep the old values; nothing does that.
    internal CellIndex Cells { get; } = new(Rows);
}

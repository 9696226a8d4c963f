namespace StaticArchive.Tables.Schema;

/// <summary>
/// One data row of a standard table. <see cref="Path"/> is the key path inside the table in the data file
/// (<c>granted</c>, <c>denied.state_secret</c>); <see cref="GroupKey"/>/<see cref="GroupLabel"/> name the
/// printed parent (（三）不予公开, 第二十条第（一）项, 行政诉讼) when there is one.
/// </summary>
internal sealed record RowDef(
    string Path,
    string Label,
    IReadOnlyList<ColumnDef> Columns,
    string? GroupKey = null,
    string? GroupLabel = null,
    bool InResults = false)
{
    /// <summary>The last segment of <see cref="Path"/>: the row's own key.</summary>
    public string Key { get; } = Path[(Path.LastIndexOf('.') + 1)..];

    /// <summary>The segments of <see cref="Path"/>, as the data file nests them.</summary>
    public IReadOnlyList<string> Segments { get; } = Path.Split('.');

    /// <summary>The keys of <see cref="Columns"/>, in order.</summary>
    public IReadOnlyList<string> ColumnKeys { get; } = [.. Columns.Select(c => c.Key)];

    /// <summary>The column with this key, or null.</summary>
    public ColumnDef? Column(string key) => Columns.FirstOrDefault(c => c.Key == key);

    /// <summary>
    /// The label an editor recognises in the printed table: table 三's result rows are prefixed with
    /// 三、 and their group, e.g. <c>三、（三）不予公开 1.属于国家秘密</c> or <c>三、（七）总计</c>.
    /// </summary>
    /// <remarks>Computed once: the open-data files and diagnostics ask for it for every figure.</remarks>
    public string FullLabel { get; } =
        (InResults ? "三、" : "") + (GroupLabel is null ? Label : $"{GroupLabel} {Label}");
}

using StaticArchive.Tables.Schema;

namespace StaticArchive.OpenData;

/// <summary>
/// One figure of the standard tables as a column of the archive dataset: its machine key (the path of the cell
/// in the data file, e.g. <c>table3.denied.state_secret.natural_person</c>), its Chinese title and where it is printed.
/// </summary>
/// <param name="Key">The machine key: table, row path and column key joined by dots.</param>
/// <param name="Table">The table's name in the data file, e.g. <c>table3</c>.</param>
/// <param name="TableNumber">The table's printed section number, e.g. 三.</param>
/// <param name="Row">The row's label as printed (with its group), e.g. <c>三、（三）不予公开 1.属于国家秘密</c>.</param>
/// <param name="Column">The column's label as printed, e.g. 自然人.</param>
/// <param name="Type">Count, signed count or money (a published string).</param>
/// <param name="Formats">The national formats whose tables have this figure.</param>
internal sealed record FigureColumn(string Key, string Table, string TableNumber, string Row, string Column, CellType Type, IReadOnlyList<FormatVersion> Formats)
{
    /// <summary>The column's Chinese title, e.g. <c>表三·三、（三）不予公开 1.属于国家秘密·自然人</c>: the standard's wording in every language.</summary>
    public string Title { get; } = $"表{TableNumber}·{Row}·{Column}";
}

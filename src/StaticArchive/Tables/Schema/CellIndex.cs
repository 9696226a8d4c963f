namespace StaticArchive.Tables.Schema;

/// <summary>
/// The position of every cell of a table schema in printed order (rows, then columns), so a table's figures
/// can live in flat arrays instead of one keyed object per cell.
/// </summary>
internal sealed class CellIndex
{
    private readonly Dictionary<(string Row, string Column), int> _positions = [];

    public CellIndex(IReadOnlyList<RowDef> rows)
    {
        foreach (var row in rows)
        {
            foreach (var column in row.Columns)
            {
                // Positions are the printed order, which StandardTable.Figures relies on: no cell may repeat.
                if (!_positions.TryAdd((row.Path, column.Key), _positions.Count))
                {
                    throw new ArgumentException($"The schema lists the cell {row.Path}/{column.Key} twice.", nameof(rows));
                }
            }
        }
    }

    /// <summary>How many cells the schema has.</summary>
    public int Count => _positions.Count;

    /// <summary>The cell's position, or -1 when the schema has no such cell.</summary>
    public int Of(string row, string column) => _positions.TryGetValue((row, column), out var i) ? i : -1;
}

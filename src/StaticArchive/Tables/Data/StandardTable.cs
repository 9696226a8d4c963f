using StaticArchive.Tables.Schema;

namespace StaticArchive.Tables.Data;

/// <summary>
/// The figures of one standard table, keyed by row path and column key. A row or cell missing from the
/// data file is absent here (the loader has reported it); <see cref="Cell"/> then returns a blank cell.
/// </summary>
public sealed class StandardTable
{
    private readonly IReadOnlyDictionary<(string Row, string Column), TableCell> _cells;

    /// <summary>Creates a table from its schema and cells.</summary>
    public StandardTable(TableSchema schema, IReadOnlyDictionary<(string Row, string Column), TableCell> cells, int line = 0)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(cells);
        Schema = schema;
        _cells = cells;
        Line = line;
    }

    /// <summary>The table's schema (labels, rows, columns).</summary>
    public TableSchema Schema { get; }

    /// <summary>Line of the table's key in the data file (0 when built in code).</summary>
    public int Line { get; }

    /// <summary>The cell at a row path and column key; a blank cell when absent.</summary>
    public TableCell Cell(string row, string column) =>
        _cells.TryGetValue((row, column), out var cell) ? cell : TableCell.Blank;

    /// <summary>True when the data file had this cell.</summary>
    public bool Has(string row, string column) => _cells.ContainsKey((row, column));

    /// <summary>Every cell of the schema in printed order (rows, then columns), blank where absent.</summary>
    public IEnumerable<(RowDef Row, ColumnDef Column, TableCell Cell)> Figures() =>
        Schema.Rows.SelectMany(r => r.Columns.Select(c => (r, c, Cell(r.Path, c.Key))));
}

using StaticArchive.Tables.Schema;

namespace StaticArchive.Tables.Data;

/// <summary>
/// The figures of one standard table, keyed by row path and column key. A row or cell missing from the
/// data file is absent here (the loader has reported it); <see cref="Cell"/> then returns a blank cell.
/// </summary>
internal sealed class StandardTable
{
    // The line of a cell the data file did not have (real lines are 1-based, cells built in code have 0).
    internal const int Absent = -1;

    // Every report's tables stay in memory until the archive dataset is written, so the cells live in flat
    // arrays in the schema's printed order rather than as a dictionary of cell objects.
    private readonly string?[] _printed;
    private readonly int[] _lines;
    private readonly int[] _columns;

    /// <summary>Creates a table from its schema and cells (every key a cell of the schema).</summary>
    public StandardTable(TableSchema schema, IReadOnlyDictionary<(string Row, string Column), TableCell> cells, int line = 0)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(cells);
        Schema = schema;
        Line = line;
        var count = schema.Cells.Count;
        _printed = new string?[count];
        _lines = new int[count];
        _columns = new int[count];
        Array.Fill(_lines, Absent);
        foreach (var ((row, column), cell) in cells)
        {
            var i = schema.Cells.Of(row, column);
            if (i < 0)
            {
                throw new ArgumentException($"{schema.Name} has no cell {row}/{column}.", nameof(cells));
            }

            _printed[i] = cell.Printed;
            _lines[i] = cell.Line;
            _columns[i] = cell.Column;
        }
    }

    // The reader's way in: arrays in the schema's cell order (see CellIndex), Absent lines for cells not read.
    internal StandardTable(TableSchema schema, string?[] printed, int[] lines, int[] columns, int line)
    {
        Schema = schema;
        Line = line;
        _printed = printed;
        _lines = lines;
        _columns = columns;
    }

    /// <summary>The table's schema (labels, rows, columns).</summary>
    public TableSchema Schema { get; }

    /// <summary>Line of the table's key in the data file (0 when built in code).</summary>
    public int Line { get; }

    /// <summary>The cell at a row path and column key; a blank cell when absent.</summary>
    public TableCell Cell(string row, string column) => At(Schema.Cells.Of(row, column));

    /// <summary>True when the data file had this cell.</summary>
    public bool Has(string row, string column) => Schema.Cells.Of(row, column) is var i && i >= 0 && _lines[i] != Absent;

    /// <summary>Every cell of the schema in printed order (rows, then columns), blank where absent.</summary>
    public IEnumerable<(RowDef Row, ColumnDef Column, TableCell Cell)> Figures()
    {
        // Positions follow exactly this order (CellIndex), so no lookup is needed.
        var i = 0;
        foreach (var row in Schema.Rows)
        {
            foreach (var column in row.Columns)
            {
                yield return (row, column, At(i++));
            }
        }
    }

    /// <summary>The printed text at a cell's position in the schema (see <see cref="CellIndex"/>); null when blank or absent.</summary>
    internal string? PrintedAt(int i) => i < 0 || _lines[i] == Absent ? null : _printed[i];

    private TableCell At(int i) =>
        i < 0 || _lines[i] == Absent ? TableCell.Blank : new TableCell(_printed[i], _lines[i], _columns[i]);
}

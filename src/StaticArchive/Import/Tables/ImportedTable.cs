using StaticArchive.Tables.Schema;

namespace StaticArchive.Import.Tables;

/// <summary>One standard table as imported: a figure for every cell of its schema, and what was noticed.</summary>
internal sealed class ImportedTable
{
    private readonly Dictionary<(string Row, string Column), ImportedFigure> _figures = [];

    /// <summary>Creates a table with every cell not printed.</summary>
    public ImportedTable(TableSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
    }

    /// <summary>The table's schema.</summary>
    public TableSchema Schema { get; }

    /// <summary>True when the source has this table at all.</summary>
    public bool Present { get; set; }

    /// <summary>What the import noticed about this table (in Chinese, for the editor).</summary>
    public List<string> Notes { get; } = [];

    /// <summary>The figure of a cell.</summary>
    public ImportedFigure this[string row, string column]
    {
        get => _figures.TryGetValue((row, column), out var f) ? f : ImportedFigure.NotPrinted;
        set => _figures[(row, column)] = value;
    }

    /// <summary>Every cell in printed order with its figure.</summary>
    public IEnumerable<(RowDef Row, ColumnDef Column, ImportedFigure Figure)> Cells =>
        Schema.Rows.SelectMany(r => r.Columns.Select(c => (r, c, this[r.Path, c.Key])));

    /// <summary>How many cells have each status.</summary>
    public int Count(FigureStatus status) => Cells.Count(c => c.Figure.Status == status);

    /// <summary>How many cells the schema has.</summary>
    public int Total => Schema.Rows.Sum(r => r.Columns.Count);
}

namespace StaticArchive.Testing.Figures;

/// <summary>One data row: its key path in the table (<c>denied.state_secret</c>) and its cells in order.</summary>
/// <remarks>A cell holds a long, a string (money as published) or null (a blank cell).</remarks>
internal sealed class FigureRow(string path, string[] columns)
{
    public string Path { get; } = path;

    public string[] Columns { get; } = columns;

    public object?[] Values { get; } = new object?[columns.Length];

    public object? this[string column]
    {
        get => Values[IndexOf(column)];
        set => Values[IndexOf(column)] = value;
    }

    /// <summary>A row of numbers in column order.</summary>
    public static FigureRow Of(string path, string[] columns, params long[] values)
    {
        var row = new FigureRow(path, columns);
        for (var i = 0; i < values.Length; i++)
        {
            row.Values[i] = values[i];
        }

        return row;
    }

    /// <summary>A cell's number, blank counted as 0.</summary>
    public long Number(string column) => this[column] as long? ?? 0;

    private int IndexOf(string column)
    {
        var index = Array.IndexOf(Columns, column);
        return index >= 0 ? index : throw new ArgumentException($"{Path} has no column {column}", nameof(column));
    }
}

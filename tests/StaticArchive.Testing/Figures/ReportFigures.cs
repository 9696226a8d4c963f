namespace StaticArchive.Testing.Figures;

/// <summary>The three tables of one report, rows in the order the data file lists them.</summary>
internal sealed class ReportFigures(string formatVersion)
{
    public string FormatVersion { get; } = formatVersion;

    public List<FigureRow> Table2 { get; } = [];

    public List<FigureRow> Table3 { get; } = [];

    public List<FigureRow> Table4 { get; } = [];

    /// <summary>A table 3 row by its key path.</summary>
    public FigureRow Row3(string path) => Table3.Single(r => r.Path == path);

    /// <summary>A table 4 row by its key.</summary>
    public FigureRow Row4(string path) => Table4.Single(r => r.Path == path);

    /// <summary>Table 3's result rows (（一） to （六）, down to their children).</summary>
    public IEnumerable<FigureRow> ResultRows => Table3.Where(r => TableKeys.ResultKeys.Contains(r.Path.Split('.')[0]));
}

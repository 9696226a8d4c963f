namespace StaticArchive.Import.Tables;

/// <summary>One cell of a standard table as imported.</summary>
/// <param name="Value">The figure as the data file stores it (digits, or a money string); null unless found.</param>
/// <param name="Status">Found, blank, not printed or ambiguous.</param>
/// <param name="Candidates">For an ambiguous cell, every value that fits, in order.</param>
/// <param name="PrintedAs">For a blank cell printed as a mark (—, /, 无), the mark.</param>
internal sealed record ImportedFigure(string? Value, FigureStatus Status, IReadOnlyList<string> Candidates, string? PrintedAs = null)
{
    /// <summary>A cell the source does not print.</summary>
    public static ImportedFigure NotPrinted { get; } = new(null, FigureStatus.NotPrinted, []);
}

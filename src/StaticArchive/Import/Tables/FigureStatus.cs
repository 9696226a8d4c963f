namespace StaticArchive.Import.Tables;

/// <summary>What the import could say about one cell of a standard table.</summary>
internal enum FigureStatus
{
    /// <summary>A figure was read.</summary>
    Found,

    /// <summary>The cell is printed blank, or as —, / or 无: stored as null, never as 0.</summary>
    Blank,

    /// <summary>The source does not print this row or cell: stored as null.</summary>
    NotPrinted,

    /// <summary>More than one reading fits the printed digits: stored as null, the candidates reported.</summary>
    Ambiguous,
}

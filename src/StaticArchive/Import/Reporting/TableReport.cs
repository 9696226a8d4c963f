namespace StaticArchive.Import.Reporting;

/// <summary>What the import found in one standard table.</summary>
/// <param name="Name">table2, table3 or table4.</param>
/// <param name="Heading">e.g. 三、收到和处理政府信息公开申请情况.</param>
/// <param name="Present">False when the source does not print the table at all.</param>
/// <param name="Found">Cells read as figures.</param>
/// <param name="Blank">Cells printed blank or as —, / or 无 (stored as null).</param>
/// <param name="NotPrinted">Cells of rows the source does not print (stored as null).</param>
/// <param name="Total">Cells the standard table has.</param>
/// <param name="Ambiguous">Cells with more than one reading.</param>
/// <param name="Missing">Labels of the rows not printed.</param>
/// <param name="Notes">What else was noticed.</param>
public sealed record TableReport(
    string Name,
    string Heading,
    bool Present,
    int Found,
    int Blank,
    int NotPrinted,
    int Total,
    IReadOnlyList<AmbiguousFigure> Ambiguous,
    IReadOnlyList<string> Missing,
    IReadOnlyList<string> Notes);

using StaticArchive.Import.Labels;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Import.Tables;

/// <summary>
/// A report whose tables otherwise follow the 2021 format but print （六）其他处理 as one row (the 2019 layout): the
/// 2021 schema has no place for that row, so its figures are kept as printed in a generic table and its three
/// sub-rows stay null, never divided up by guess.
/// </summary>
internal static class HybridRow
{
    /// <summary>The name of the generic table that keeps the row.</summary>
    public const string TableName = "other_handling_as_printed";

    private static readonly RowDef SingleRow = ReportSchemas.Get(FormatVersion.Gb2019, "table3").Row("other_handling")!;

    /// <summary>The single （六）其他处理 row when the 2021 schema is being read and the label is exactly that.</summary>
    public static RowDef? Match(TableSchema schema, string printedLabel) =>
        schema.Name == "table3" && schema.Row("other_handling") is null
        && LabelText.Normalize(printedLabel).EndsWith("（六）其他处理", StringComparison.Ordinal) ? SingleRow : null;

    /// <summary>Moves a single row read into a 2021 table 三 into a generic table, with a note.</summary>
    public static void Keep(ImportedTables tables)
    {
        if (tables.Version != FormatVersion.Gb2021 || tables.Table3[SingleRow.Path, "total"] is { Status: FigureStatus.NotPrinted })
        {
            return;
        }

        var cells = SingleRow.Columns.Select(c => tables.Table3[SingleRow.Path, c.Key]).ToList();
        tables.Extra.Add(new ImportedGenericTable(
            TableName,
            "三、（六）其他处理（原表印为一行，未分三小项）",
            [.. SingleRow.Columns.Select(c => c.Label)],
            [("（六）其他处理", [.. cells.Select(f => f.Value ?? (f.Status == FigureStatus.Ambiguous ? "？" : null))])],
            "申请人情况"));
        tables.Table3.Notes.Add("原表的（六）其他处理只有一行（2019年格式），而其他各表为2021年格式：该行数字照登在单独的表格中，"
            + "（六）的三个小项没有印出，留空（null）。");
    }
}

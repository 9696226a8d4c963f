using StaticArchive.Import.Labels;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Import.Tables;

/// <summary>
/// The printed labels the importer anchors on, in normal form (<see cref="LabelText"/>): each standard row's
/// label with the variants real reports print, longest first, and the group and stub labels that sit between rows.
/// </summary>
internal static class StandardLabels
{
    private static readonly Dictionary<string, string[]> Variants = new(StringComparer.Ordinal)
    {
        ["table2/normative_documents"] = ["行政规范性文件", "规范性文件"],
        ["table3/partially_granted"] = ["（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开"],
    };

    /// <summary>The labels of table 三's result groups and its vertical stub, which sit between rows.</summary>
    public static IReadOnlyList<string> Table3Dividers { get; } =
        [.. new[] { "三、本年度办理结果", "（三）不予公开", "（四）无法提供", "（五）不予处理", "（六）其他处理" }.Select(LabelText.Normalize)];

    /// <summary>The block labels of table 二 (第二十条第（一）项 …).</summary>
    public static IReadOnlyList<string> Table2Blocks { get; } =
        [.. new[] { "第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项", "第二十条第（九）项" }.Select(LabelText.Normalize)];

    /// <summary>The normal-form labels a row may be printed with, longest first.</summary>
    public static IReadOnlyList<string> Of(TableSchema schema, RowDef row)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(row);
        var labels = Variants.TryGetValue($"{schema.Name}/{row.Path}", out var v) ? v : [row.Label];
        return [.. labels.Select(LabelText.Normalize).Distinct().OrderByDescending(l => l.Length)];
    }

    /// <summary>The row whose label ends the printed label text (a merged stub or group cell may precede it), or null.</summary>
    public static RowDef? MatchSuffix(TableSchema schema, string printedLabel)
    {
        var normal = LabelText.Normalize(printedLabel);
        RowDef? best = null;
        var bestLength = 0;
        foreach (var row in schema.Rows)
        {
            foreach (var label in Of(schema, row))
            {
                if (normal.EndsWith(label, StringComparison.Ordinal) && label.Length > bestLength
                    && (row.GroupLabel is null || schema.Name != "table3" || !IsOtherChildOutsideGroup(row, normal)))
                {
                    best = row;
                    bestLength = label.Length;
                }
            }
        }

        return best;
    }

    // 「3.其他」 is a row only under （六）其他处理; elsewhere the text is a column header.
    private static bool IsOtherChildOutsideGroup(RowDef row, string normal) => row.Path == "other_handling.other" && normal != "3.其他" && !normal.Contains("其他处理", StringComparison.Ordinal);
}

using StaticArchive.Import.Labels;
using StaticArchive.Import.Sources;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Import.Tables;

/// <summary>
/// Reads the three standard tables from real tables (HTML or Word cells): each row's figures are its last cells,
/// its label the cells before them (a merged stub or group cell may precede the row's own label).
/// </summary>
internal static class GridTables
{
    /// <summary>The standard tables among <paramref name="tables"/>, or null when none is there.</summary>
    public static ImportedTables? Read(IReadOnlyList<TableBlock> tables, int? year)
    {
        var t2 = tables.FirstOrDefault(t => LabelText.Normalize(t.AllText).Contains("第二十条", StringComparison.Ordinal));
        var t3 = tables.FirstOrDefault(t => LabelText.Normalize(t.AllText).Contains("本年新收政府信息公开申请数量", StringComparison.Ordinal));
        var t4 = tables.FirstOrDefault(t => t != t3 && LabelText.Normalize(t.AllText) is var n
            && n.Contains("复议后起诉", StringComparison.Ordinal) && n.Contains("结果维持", StringComparison.Ordinal));
        if (t2 is null && t3 is null && t4 is null)
        {
            return null;
        }

        var (version, reason) = FormatDetector.Detect(t2?.AllText ?? "", t3?.AllText ?? "", year);
        var result = new ImportedTables(version) { ReadFrom = "网页或文档表格的单元格" };
        result.Notes.Add(reason);
        if (t2 is not null)
        {
            Read(result.Table2, t2, 1);
        }

        if (t3 is not null)
        {
            Read(result.Table3, t3, 7);
            HybridRow.Keep(result);
        }

        if (t4 is not null)
        {
            ReadTable4(result.Table4, t4);
        }

        return result;
    }

    private static void Read(ImportedTable table, TableBlock block, int minimumValues)
    {
        table.Present = true;
        var readings = new List<RowReading>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cells in block.Rows)
        {
            for (var split = cells.Count - minimumValues; split >= 1; split--)
            {
                var label = string.Concat(cells.Take(split));
                var row = StandardLabels.MatchSuffix(table.Schema, label) ?? HybridRow.Match(table.Schema, label);
                if (row is null || cells.Count - split != row.Columns.Count)
                {
                    continue;
                }

                if (seen.Add(row.Path))
                {
                    readings.Add(Reading(table, row, cells.Skip(split).ToList()));
                }
                else
                {
                    table.Notes.Add($"“{row.FullLabel}”一行印了两次，只取第一次。");
                }

                break;
            }
        }

        TableSolver.Solve(table, readings);
    }

    private static void ReadTable4(ImportedTable table, TableBlock block)
    {
        table.Present = true;
        var values = block.Rows.LastOrDefault(r => r.Count >= 15);
        if (values is null)
        {
            table.Notes.Add("表四没有找到含 15 个数字的一行。");
            return;
        }

        var cells = values.Skip(values.Count - 15).ToList();
        var readings = table.Schema.Rows.Select((row, i) => Reading(table, row, cells.Skip(i * 5).Take(5).ToList())).ToList();
        TableSolver.Solve(table, readings);
    }

    private static RowReading Reading(ImportedTable table, RowDef row, IReadOnlyList<string> cells)
    {
        var values = new string?[row.Columns.Count];
        var marks = new Dictionary<int, string>();
        for (var i = 0; i < values.Length; i++)
        {
            switch (CellValue.ReadCell(cells[i], row.Columns[i].Type))
            {
                case { } read:
                    values[i] = read.Value;
                    if (read.Mark is { } mark)
                    {
                        marks[i] = mark;
                    }

                    break;
                default:
                    table.Notes.Add($"“{row.FullLabel} / {row.Columns[i].Label}”一格印为“{cells[i]}”，不是数字，按空白导入，请核对。");
                    marks[i] = cells[i];
                    break;
            }
        }

        return RowReading.Single(row, values, string.Join(" | ", cells), marks);
    }
}

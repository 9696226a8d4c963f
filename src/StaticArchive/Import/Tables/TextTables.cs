using StaticArchive.Import.Labels;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Import.Tables;

/// <summary>
/// Reads the three standard tables from page text, where cell boundaries are lost: each row is anchored on its
/// full printed label (numbering included, so 「…信息10000016.属于四类过程性信息」 ends the run before the 「6.」),
/// its figures are the text up to the next label, and digit runs are split by <see cref="DigitRuns"/> and the
/// table's arithmetic (<see cref="TableSolver"/>).
/// </summary>
internal static class TextTables
{
    /// <summary>The standard tables in the text, or null when it has none.</summary>
    public static ImportedTables? Read(string text, int? year)
    {
        var squeezed = LabelText.Squeeze(text);
        var regions = TextRegions.Find(squeezed.Text);
        var hasTable3 = regions[1] is { } r3 && squeezed.Text[r3.Start..r3.End].Contains("本年新收政府信息公开申请数量", StringComparison.Ordinal);
        var hasTable2 = regions[0] is { } r2 && squeezed.Text[r2.Start..r2.End].Contains("第二十条", StringComparison.Ordinal);
        if (!hasTable3 && !hasTable2)
        {
            return null;
        }

        string Region(int i) => regions[i] is { } r ? squeezed.Text[r.Start..r.End] : "";
        var (version, reason) = FormatDetector.Detect(Region(0), Region(1), year);
        var result = new ImportedTables(version) { ReadFrom = "纯文本（没有单元格边界）" };
        result.Notes.Add(reason);
        if (hasTable2)
        {
            ReadRows(result.Table2, text, squeezed, regions[0]!.Value, StandardLabels.Table2Blocks);
        }

        if (hasTable3)
        {
            ReadRows(result.Table3, text, squeezed, regions[1]!.Value, StandardLabels.Table3Dividers);
            HybridRow.Keep(result);
        }

        if (regions[2] is { } r4)
        {
            ReadTable4(result.Table4, text, squeezed, r4);
        }

        return result;
    }

    private static void ReadRows(ImportedTable table, string text, SqueezedText squeezed, (int Start, int End) region, IReadOnlyList<string> dividers)
    {
        table.Present = true;
        var rows = table.Schema.Rows.ToList();
        if (HybridRow.Match(table.Schema, "（六）其他处理") is { } single && !Contains(squeezed, region, "申请人无正当理由逾期不补正"))
        {
            rows.Insert(rows.FindIndex(r => r.Path == "total_processed"), single);
        }

        var anchors = new List<(int Start, int End, RowDef? Row)>();
        var cursor = region.Start;
        foreach (var row in rows)
        {
            var labels = row == HybridRowSingle(table) ? ["（六）其他处理"] : StandardLabels.Of(table.Schema, row);
            foreach (var label in labels)
            {
                var at = squeezed.Find(label, cursor);
                if (at >= 0 && at < region.End)
                {
                    anchors.Add((at, at + label.Length, row));
                    cursor = at + label.Length;
                    break;
                }
            }
        }

        foreach (var divider in dividers)
        {
            for (var at = squeezed.Find(divider, region.Start); at >= 0 && at < region.End; at = squeezed.Find(divider, at + 1))
            {
                if (!anchors.Any(a => a.Row is not null && at < a.End && a.Start < at + divider.Length))
                {
                    anchors.Add((at, at + divider.Length, null));
                }
            }
        }

        anchors.Sort((a, b) => a.Start.CompareTo(b.Start));
        var readings = new List<RowReading>();
        for (var i = 0; i < anchors.Count; i++)
        {
            if (anchors[i].Row is not { } row)
            {
                continue;
            }

            var end = i + 1 < anchors.Count ? anchors[i + 1].Start : region.End;
            var printed = TextRegions.Original(text, squeezed, anchors[i].End, end, []);
            readings.Add(Reading(table, row, printed));
        }

        TableSolver.Solve(table, readings);
    }

    private static RowDef? HybridRowSingle(ImportedTable table) => HybridRow.Match(table.Schema, "（六）其他处理");

    private static bool Contains(SqueezedText squeezed, (int Start, int End) region, string label) =>
        squeezed.Find(LabelText.Normalize(label), region.Start) is var at && at >= 0 && at < region.End;

    private static void ReadTable4(ImportedTable table, string text, SqueezedText squeezed, (int Start, int End) region)
    {
        table.Present = true;
        var header = squeezed.Text.LastIndexOf("总计", region.End - 1, region.End - region.Start, StringComparison.Ordinal);
        if (header < 0)
        {
            table.Notes.Add("表四没有找到表头“总计”，未能读出数字。");
            return;
        }

        var printed = TextRegions.Original(text, squeezed, header + 2, region.End, []);
        var (tokens, leftover) = DigitRuns.Tokenize(printed);
        if (leftover.Length > 0)
        {
            table.Notes.Add($"表四数字之间有无法识别的文字“{leftover}”。");
        }

        var columns = table.Schema.Rows.SelectMany(r => r.Columns).ToList();
        var all = DigitRuns.Candidates(tokens, columns);
        var holding = all.Where(c => Enumerable.Range(0, 3).All(g => Holds(c, g))).ToList();
        var chosen = holding.Count > 0 ? holding : all;
        if (holding.Count == 0 && all.Count > 1)
        {
            table.Notes.Add("表四的数字连写，且没有一种拆法能让三组“总计”都等于各项之和（原表可能本身不一致）。");
        }

        var readings = table.Schema.Rows.Select((row, g) => new RowReading(row,
            [.. chosen.Select(c => c.Skip(g * 5).Take(5).ToArray()).DistinctBy(c => string.Join('|', c))], printed.Trim(), new Dictionary<int, string>())).ToList();
        TableSolver.Solve(table, readings);
    }

    private static bool Holds(string?[] cells, int group)
    {
        var part = cells.Skip(group * 5).Take(5).Select(v => long.TryParse(v, out var n) ? n : (long?)null).ToArray();
        return part.Any(p => p is null) || part[..4].Sum() == part[4];
    }

    private static RowReading Reading(ImportedTable table, RowDef row, string printed)
    {
        var (tokens, leftover) = DigitRuns.Tokenize(printed);
        if (leftover.Length > 0)
        {
            table.Notes.Add($"“{row.FullLabel}”一行的数字间有无法识别的文字“{leftover}”，已忽略，请核对。");
        }

        var candidates = DigitRuns.Candidates(tokens, row.Columns);
        if (candidates.Count == 0 && tokens.Count > 0)
        {
            table.Notes.Add($"“{row.FullLabel}”一行印为“{printed.Trim()}”，无法拆成 {row.Columns.Count} 格。");
        }

        var marks = new Dictionary<int, string>();
        if (tokens.Count == row.Columns.Count)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (CellValue.IsBlankMark(tokens[i]))
                {
                    marks[i] = tokens[i];
                }
            }
        }

        return new RowReading(row, candidates, printed.Trim(), marks);
    }
}

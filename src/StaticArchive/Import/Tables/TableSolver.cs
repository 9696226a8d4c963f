using System.Globalization;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Import.Tables;

/// <summary>
/// Chooses among the readings of each row with the table's own arithmetic, never silently: R1 (a row's 总计 is
/// the sum of its applicant columns) and R4 (each 总计 of table 四) filter a row's readings; R2 (（七）总计) and R3
/// (the printed 勾稽关系) then pick one combination across the rows. A cell every surviving combination agrees on
/// is found; any other cell stays null and is reported with its candidates.
/// </summary>
internal static class TableSolver
{
    // Beyond this many combinations the arithmetic is not searched; the rows are reported ambiguous.
    private const long MaxCombinations = 200_000;

    /// <summary>Fills <paramref name="table"/> from the rows' readings.</summary>
    public static void Solve(ImportedTable table, IReadOnlyList<RowReading> rows)
    {
        var filtered = rows.Select(r => Filter(table.Schema, r)).ToList();
        var choices = filtered.Select(f => f.Candidates).ToList();
        if (table.Schema.Name == "table3" && choices.Any(c => c.Count > 1))
        {
            choices = Combine(table, filtered, choices);
        }

        for (var i = 0; i < filtered.Count; i++)
        {
            var reading = filtered[i];
            var row = reading.Row;
            for (var c = 0; c < row.Columns.Count; c++)
            {
                var values = choices[i].Select(v => v[c]).Distinct().ToList();
                var column = row.Columns[c].Key;
                if (choices[i].Count == 0)
                {
                    table[row.Path, column] = ImportedFigure.NotPrinted;
                }
                else if (values.Count == 1)
                {
                    table[row.Path, column] = values[0] is { } v
                        ? new ImportedFigure(v, FigureStatus.Found, [])
                        : new ImportedFigure(null, FigureStatus.Blank, [], reading.Marks.GetValueOrDefault(c));
                }
                else
                {
                    table[row.Path, column] = new ImportedFigure(null, FigureStatus.Ambiguous, [.. values.Select(x => x ?? "空白")]);
                }
            }
        }
    }

    private static RowReading Filter(TableSchema schema, RowReading reading)
    {
        if (reading.Candidates.Count <= 1)
        {
            return reading;
        }

        var kept = reading.Candidates.Where(c => RowHolds(schema, c)).ToList();
        return kept.Count == 0 ? reading : reading with { Candidates = kept };
    }

    private static bool RowHolds(TableSchema schema, string?[] cells)
    {
        var numbers = cells.Select(Number).ToArray();
        if (schema.Name == "table3")
        {
            return numbers.Any(n => n is null) || numbers[..6].Sum() == numbers[6];
        }

        if (schema.Name == "table4" && numbers.Length == 5)
        {
            return numbers.Any(n => n is null) || numbers[..4].Sum() == numbers[4];
        }

        return true;
    }

    private static List<IReadOnlyList<string?[]>> Combine(ImportedTable table, List<RowReading> rows, List<IReadOnlyList<string?[]>> choices)
    {
        var combinations = choices.Aggregate(1L, (n, c) => c.Count == 0 ? n : Math.Min(MaxCombinations + 1, n * c.Count));
        if (combinations > MaxCombinations)
        {
            table.Notes.Add($"数字连写的可能拆法组合过多（超过 {MaxCombinations} 种），未用勾稽关系求解。");
            return choices;
        }

        var index = rows.Select((r, i) => (r.Row.Path, i)).ToDictionary(x => x.Path, x => x.i);
        var results = rows.Select(r => r.Row.InResults && r.Row.Path != "total_processed").ToArray();
        var survivors = rows.Select(_ => new HashSet<string?[]>(ReferenceEqualityComparer.Instance)).ToList();
        var picked = new string?[rows.Count][];
        var solutions = 0;
        Search(0);
        if (solutions == 0)
        {
            table.Notes.Add("按（七）总计和勾稽关系，没有一种拆法能让全表自洽（原表数字可能本身不一致）。");
            return choices;
        }

        return [.. survivors.Select((s, i) => choices[i].Count == 0 ? choices[i] : (IReadOnlyList<string?[]>)[.. choices[i].Where(s.Contains)])];

        void Search(int i)
        {
            if (i == rows.Count)
            {
                if (Consistent())
                {
                    solutions++;
                    for (var r = 0; r < rows.Count; r++)
                    {
                        if (picked[r] is { } p)
                        {
                            survivors[r].Add(p);
                        }
                    }
                }

                return;
            }

            if (choices[i].Count == 0)
            {
                picked[i] = null!;
                Search(i + 1);
                return;
            }

            foreach (var candidate in choices[i])
            {
                picked[i] = candidate;
                Search(i + 1);
            }
        }

        bool Consistent()
        {
            for (var c = 0; c < 7; c++)
            {
                var sum = 0L;
                for (var r = 0; r < rows.Count; r++)
                {
                    if (results[r])
                    {
                        sum += Value(r, c);
                    }
                }

                if (index.TryGetValue("total_processed", out var t) && picked[t] is not null && sum != Value(t, c))
                {
                    return false;
                }

                var left = At("new_received", c) + At("carried_over", c);
                if (index.ContainsKey("total_processed") && index.ContainsKey("carried_forward") && left != At("total_processed", c) + At("carried_forward", c))
                {
                    return false;
                }
            }

            return true;
        }

        long At(string path, int c) => index.TryGetValue(path, out var r) ? Value(r, c) : 0;

        long Value(int r, int c) => picked[r] is { } p ? Number(p[c]) ?? 0 : 0;
    }

    private static long? Number(string? value) =>
        long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;
}

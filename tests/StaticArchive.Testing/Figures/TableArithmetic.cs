namespace StaticArchive.Testing.Figures;

/// <summary>
/// The generator's own check of the standard's arithmetic, independent of the library's rules so that the tests
/// can compare the two: R1 a table 3 row's total is the sum of its columns (not checkable when the total is
/// blank); R2 （七）总计 is the sum of the results per column; R3 一 + 二 = 三（七）+ 四 per column; R4 each table 4
/// group's total. A blank cell counts as 0 in R2 and R3.
/// </summary>
internal static class TableArithmetic
{
    public static List<(string Rule, string Message)> Check(ReportFigures figures)
    {
        var violations = new List<(string, string)>();
        var columns = TableKeys.ApplicantColumns;
        foreach (var row in figures.Table3)
        {
            if (row["total"] is long total && row.Values.Take(6).All(v => v is long))
            {
                var sum = columns[..6].Sum(row.Number);
                if (total != sum)
                {
                    violations.Add(("R1", $"table3.{row.Path}: total {total} != sum of columns {sum}"));
                }
            }
        }

        var results = figures.ResultRows.ToList();
        var processed = figures.Row3("total_processed");
        foreach (var column in columns)
        {
            var sum = results.Sum(r => r.Number(column));
            if (processed.Number(column) != sum)
            {
                violations.Add(("R2", $"table3.total_processed.{column}: {processed.Number(column)} != sum of results {sum}"));
            }

            var left = figures.Row3("new_received").Number(column) + figures.Row3("carried_over").Number(column);
            var right = processed.Number(column) + figures.Row3("carried_forward").Number(column);
            if (left != right)
            {
                violations.Add(("R3", $"table3 column {column}: new_received+carried_over {left} != total_processed+carried_forward {right}"));
            }
        }

        foreach (var group in figures.Table4)
        {
            var sum = TableKeys.ReviewColumns[..4].Sum(group.Number);
            if (group.Number("total") != sum)
            {
                violations.Add(("R4", $"table4.{group.Path}: total {group.Number("total")} != sum {sum}"));
            }
        }

        return violations;
    }
}

namespace StaticArchive.Testing.Figures;

/// <summary>The two departures from clean figures that real reports show: a misprinted figure, blank totals.</summary>
internal static class FigureEdits
{
    /// <summary>Changes exactly one figure so that the report breaks the arithmetic; returns which and how.</summary>
    public static (string Figure, long Original, long Value) Break(ReportFigures figures, SeededRandom random)
    {
        var delta = random.Between(1, 3);
        var applicants = TableKeys.ApplicantColumns[..6];
        var (table, row, column) = random.Pick(["review-total", "leaf", "processed", "received", "total"]) switch
        {
            "review-total" => ("table4", figures.Row4(random.Pick(TableKeys.ReviewGroups)), "total"),
            "leaf" => ("table3", random.Pick(figures.ResultRows.Where(r => r.Path.Contains('.') || r.Path == "other_handling").ToList()), random.Pick(applicants)),
            "processed" => ("table3", figures.Row3("total_processed"), random.Pick(TableKeys.ApplicantColumns)),
            "received" => ("table3", figures.Row3("new_received"), random.Pick(applicants)),
            _ => ("table3", figures.Row3(random.Pick(["granted", "new_received", "carried_forward", "partially_granted"])), "total"),
        };
        var original = row.Number(column);
        row[column] = original + delta;
        return ($"{table}.{row.Path}.{column}", original, original + delta);
    }

    /// <summary>Leaves the total of every result row that adds up to 0 blank; returns the blank cells.</summary>
    public static List<string> BlankZeroTotals(ReportFigures figures)
    {
        var cells = new List<string>();
        foreach (var row in figures.ResultRows.Where(r => r["total"] is 0L))
        {
            row["total"] = null;
            cells.Add($"table3.{row.Path}.total");
        }

        return cells;
    }

    /// <summary>True when blanking would leave some cell blank in a report that handled requests.</summary>
    public static bool CanBlank(ReportFigures figures) =>
        figures.Row3("total_processed").Number("total") > 0 && figures.ResultRows.Any(r => r["total"] is 0L);
}

using System.Globalization;
using StaticArchive.Testing.Agencies;

namespace StaticArchive.Testing.Figures;

/// <summary>
/// Figures for one report that keep the standard's arithmetic (R1–R4) and follow on from the agency's previous
/// report: requests carried over are those carried forward (W1), documents in force are last year's plus issued
/// minus repealed (W2), and only provincial and city governments make regulations.
/// </summary>
internal static class FigureMaker
{
    private static readonly string[] T3 = TableKeys.ApplicantColumns;

    public static ReportFigures Make(GeneratedAgency agency, int year, FigureState state, SeededRandom random)
    {
        var figures = new ReportFigures(TableKeys.FormatVersion(year));
        Table2(figures, agency, state, random);
        Table3(figures, agency, state, random);
        Table4(figures, agency, random);
        return figures;
    }

    private static double Scale(GeneratedAgency agency) => agency.Level switch { "省级" => 8.0, "市级" => 3.0, "县级" => 1.0, _ => 0.3 };

    private static void Table2(ReportFigures figures, GeneratedAgency agency, FigureState state, SeededRandom random)
    {
        var township = agency.Level == "乡镇";
        var rulesIssued = agency.MakesRegulations ? random.Between(0, 3) : 0;
        var rulesRepealed = rulesIssued > 0 || state.Regulations > 0 ? random.Between(0, Math.Min(1, state.Regulations ?? 0)) : 0;
        state.Regulations ??= agency.MakesRegulations ? random.Between(0, 30) : 0;
        state.Regulations = Math.Max(0, state.Regulations.Value + rulesIssued - rulesRepealed);
        var documentsIssued = random.Between(0, township ? 2 : 8);
        state.NormativeDocuments ??= random.Between(0, township ? 5 : 40);
        var documentsRepealed = random.Between(0, Math.Min(3, state.NormativeDocuments.Value));
        state.NormativeDocuments += documentsIssued - documentsRepealed;

        var scale = Scale(agency);
        var licensing = agency.Office?.LicensingHeavy == true ? (long)random.Exponential(800 * scale) : random.Between(0, 20);
        var penalty = agency.Office?.PenaltyHeavy == true ? (long)random.Exponential(120 * scale) : random.Between(0, 5);
        var coercion = agency.Office?.PenaltyHeavy == true ? random.Between(0, 30) : random.Between(0, 3);
        var rows = figures.Table2;
        if (figures.FormatVersion == "gb2021")
        {
            string[] stock = ["issued", "repealed", "in_force"];
            rows.Add(FigureRow.Of("regulations", stock, rulesIssued, rulesRepealed, state.Regulations.Value));
            rows.Add(FigureRow.Of("normative_documents", stock, documentsIssued, documentsRepealed, state.NormativeDocuments.Value));
            rows.Add(FigureRow.Of("licensing", ["decisions"], licensing));
            rows.Add(FigureRow.Of("penalty", ["decisions"], penalty));
            rows.Add(FigureRow.Of("coercion", ["decisions"], coercion));
            var fees = new FigureRow("fees", ["amount_wan_yuan"]);
            fees.Values[0] = random.Chance(0.15) ? WanYuan(random) : "0";
            rows.Add(fees);
            return;
        }

        string[] made = ["made", "published", "public_total"];
        rows.Add(FigureRow.Of("regulations", made, rulesIssued, rulesIssued, state.Regulations.Value));
        rows.Add(FigureRow.Of("normative_documents", made, documentsIssued, documentsIssued, state.NormativeDocuments.Value));
        var heavy = agency.Office?.LicensingHeavy == true;
        var penaltyHeavy = agency.Office?.PenaltyHeavy == true;
        rows.Add(Items("licensing", heavy ? 200 : 15, licensing, state, random));
        rows.Add(Items("other_external_services", heavy ? 40 : 8, random.Between(0, 50), state, random));
        rows.Add(Items("penalty", penaltyHeavy ? 300 : 10, penalty, state, random));
        rows.Add(Items("coercion", penaltyHeavy ? 20 : 3, coercion, state, random));
        rows.Add(Items("fees", 5, null, state, random));
        var projects = random.Chance(0.3) ? random.Between(1, 12) : 0;
        var procurement = new FigureRow("centralized_procurement", ["projects", "amount"]);
        procurement.Values[0] = (long)projects;
        procurement.Values[1] = projects > 0 ? (random.Between(1, 5000) * 100).ToString(CultureInfo.InvariantCulture) + "元" : "0";
        rows.Add(procurement);
    }

    // 上一年项目数量 / 本年增减 (may be negative) / 处理决定数量, the stock carried to the next year.
    private static FigureRow Items(string key, int most, long? decisions, FigureState state, SeededRandom random)
    {
        var previous = state.Items.TryGetValue(key, out var stock) ? stock : random.Between(0, most);
        var change = random.Between(-Math.Min(3, previous), 3);
        state.Items[key] = previous + change;
        return decisions is { } d
            ? FigureRow.Of(key, ["prev_year_items", "change", "decisions"], previous, change, d)
            : FigureRow.Of(key, ["prev_year_items", "change"], previous, change);
    }

    // 0.5 to 500 万元 with 2, 4 or 6 decimals, written as published (no trailing zeros).
    private static string WanYuan(SeededRandom random)
    {
        var unit = random.Pick([10_000L, 100L, 1L]);
        var millionths = random.Between(500_000, 500_000_000) / unit * unit;
        var text = (millionths / 1_000_000).ToString(CultureInfo.InvariantCulture) + "." + (millionths % 1_000_000).ToString("000000", CultureInfo.InvariantCulture);
        return text.TrimEnd('0').TrimEnd('.');
    }

    private static void Table3(ReportFigures figures, GeneratedAgency agency, FigureState state, SeededRandom random)
    {
        var zeroChance = agency.Level switch { "省级" => 0.05, "市级" => 0.2, "县级" => 0.4, _ => 0.6 };
        var mean = agency.Level switch { "省级" => 80, "市级" => 25, "县级" => 8, _ => 2 };
        var requests = random.Chance(zeroChance) ? 0 : 1 + (int)random.Exponential(mean);
        var received = new long[6];
        for (var i = 0; i < requests; i++)
        {
            received[random.Weighted(TableKeys.ApplicantWeights)]++;
        }

        var carriedOver = state.CarriedForward ?? new long[6];
        if (state.CarriedForward is null && requests > 0 && random.Chance(0.3))
        {
            carriedOver[0] = random.Between(1, 3);
        }

        var leaves = new List<(string Path, double Weight)> { ("granted", 45), ("partially_granted", 8) };
        leaves.AddRange(TableKeys.ResultGroups.SelectMany(g => g.Children.Select(c => (g.Group + "." + c.Key, c.Weight))));
        var outcomes = leaves.Select(l => ((string?)l.Path, l.Weight)).Append((null, TableKeys.CarryForwardWeight)).ToList();
        var counts = leaves.ToDictionary(l => l.Path, _ => new long[6], StringComparer.Ordinal);
        var forward = new long[6];
        for (var column = 0; column < 6; column++)
        {
            for (var i = 0; i < received[column] + carriedOver[column]; i++)
            {
                var path = random.Weighted(outcomes);
                (path is null ? forward : counts[path])[column]++;
            }
        }

        state.CarriedForward = forward;
        var rows = figures.Table3;
        rows.Add(Row("new_received", received));
        rows.Add(Row("carried_over", carriedOver));
        rows.Add(Row("granted", counts["granted"]));
        rows.Add(Row("partially_granted", counts["partially_granted"]));
        foreach (var (group, children) in TableKeys.ResultGroups)
        {
            if (group == "other_handling" && figures.FormatVersion == "gb2019")
            {
                // One row in the 2019 format.
                rows.Add(Row(group, Sum(children.Select(c => counts[group + "." + c.Key]))));
                continue;
            }

            rows.AddRange(children.Select(c => Row(group + "." + c.Key, counts[group + "." + c.Key])));
        }

        rows.Add(Row("total_processed", Sum(counts.Values)));
        rows.Add(Row("carried_forward", forward));
    }

    private static long[] Sum(IEnumerable<long[]> rows)
    {
        var sum = new long[6];
        foreach (var row in rows)
        {
            for (var i = 0; i < 6; i++)
            {
                sum[i] += row[i];
            }
        }

        return sum;
    }

    private static FigureRow Row(string path, long[] applicants) => FigureRow.Of(path, T3, [.. applicants, applicants.Sum()]);

    private static void Table4(ReportFigures figures, GeneratedAgency agency, SeededRandom random)
    {
        var upper = agency.Level is "省级" or "市级" ? 2 : 1;
        foreach (var group in TableKeys.ReviewGroups)
        {
            var values = new long[4];
            var chance = group switch { "review" => 0.2, "litigation_direct" => 0.1, _ => 0.06 };
            if (random.Chance(chance * upper))
            {
                var cases = 1 + (int)random.Exponential(2 * Scale(agency));
                for (var i = 0; i < cases; i++)
                {
                    values[random.Weighted([(0, 70.0), (1, 10), (2, 10), (3, 10)])]++;
                }
            }

            figures.Table4.Add(FigureRow.Of(group, TableKeys.ReviewColumns, [.. values, values.Sum()]));
        }
    }
}

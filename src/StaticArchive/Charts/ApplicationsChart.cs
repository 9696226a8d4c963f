using System.Globalization;
using StaticArchive.Tables;
using StaticArchive.Theme.Models;

namespace StaticArchive.Charts;

/// <summary>
/// A bar chart of applications received and processed per year. This lays it out (bars, grid, legend in
/// view-box coordinates); the theme's <c>partials/chart.liquid</c> draws it as inline SVG with its words
/// from <c>theme/i18n</c>.
/// </summary>
public static class ApplicationsChart
{
    private const int Width = 640;
    private const int Height = 300;
    private const int Left = 56;
    private const int Right = 16;
    private const int Top = 40;
    private const int Bottom = 36;

    /// <summary>
    /// The series for a set of reports: per year, the sum over the given reports (one agency's, or all of them),
    /// null for a year where none printed the figure.
    /// </summary>
    public static IReadOnlyList<YearFigures> Series(IReadOnlyList<ReportEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return [.. entries.GroupBy(e => e.Year).OrderBy(g => g.Key).Select(g => new YearFigures(
            g.Key,
            Sum(g.Select(e => Add(e.Report.Table3.Cell("new_received", "total").Count, e.Report.Table3.Cell("carried_over", "total").Count))),
            Sum(g.Select(e => e.Report.Table3.Cell("total_processed", "total").Count))))];
    }

    /// <summary>Lays the chart out; its ids start with <paramref name="idPrefix"/>.</summary>
    public static ChartView Layout(IReadOnlyList<YearFigures> series, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(idPrefix);
        var max = NiceMax(series.SelectMany(s => new[] { s.Received ?? 0, s.Processed ?? 0 }).DefaultIfEmpty(0).Max());
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var slot = series.Count == 0 ? plotWidth : (double)plotWidth / series.Count;
        var bar = Math.Min(28, slot / 3);
        var ticks = Enumerable.Range(0, 5).Select(i =>
        {
            var y = Top + plotHeight - (plotHeight * i / 4.0);
            return new ChartTickView(max * i / 4, F(y), F(y + 4), F(i == 0 ? 1.5 : 0.5));
        }).ToList();
        var years = series.Select((s, i) =>
        {
            var center = Left + (slot * i) + (slot / 2);
            return new ChartYearView(s.Year, s.Received, s.Processed,
                Bar(center - bar - 1, bar, s.Received, max, plotHeight), Bar(center + 1, bar, s.Processed, max, plotHeight), F(center));
        }).ToList();
        return new ChartView(idPrefix + "applications-chart", Width, Height, Left, Width - Right, Left - 6, Height - Bottom + 18,
            ticks, years, new ChartLegendView(Left, Left + 18, Left + 200, Left + 218, 10, 21, 12));
    }

    private static ChartBarView? Bar(double x, double width, long? value, long max, int plotHeight)
    {
        if (value is not { } v)
        {
            return null;
        }

        var h = max == 0 ? 0 : plotHeight * (double)v / max;
        return new ChartBarView(F(x), F(Top + plotHeight - h), F(width), F(h));
    }

    private static string F(double v) => Math.Round(v, 1).ToString("0.#", CultureInfo.InvariantCulture);

    // Axis maximum = 4 grid steps of 1, 2 or 5 × 10^k, so every tick label is a round number.
    private static long NiceMax(long max)
    {
        var raw = Math.Max(1, (max + 3) / 4);
        var magnitude = (long)Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        return 4 * step;
    }

    private static long? Add(long? a, long? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);

    private static long? Sum(IEnumerable<long?> values)
    {
        var present = values.Where(v => v.HasValue).ToArray();
        return present.Length == 0 ? null : present.Sum(v => v!.Value);
    }
}

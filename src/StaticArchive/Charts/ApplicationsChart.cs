using System.Globalization;
using StaticArchive.Tables;
using StaticArchive.Theme.Models;

namespace StaticArchive.Charts;

/// <summary>
/// A bar chart of applications received and processed per year: one row per year, a horizontal bar per figure
/// with the figure written at its end (so a 0 reads as 0, not as a missing bar). This lays it out; the theme's
/// <c>partials/chart.liquid</c> draws it as inline SVG with its words from <c>theme/i18n</c>. Heights are in
/// em and widths in percent, so the SVG is drawn at the page's own text size at any width (never scaled down
/// to unreadable text on a phone) and grows with the 大字体 mode.
/// </summary>
internal static class ApplicationsChart
{
    private const double Row = 4.4;
    private const double YearBaseline = 1.1;
    private const double FirstBar = 1.45;
    private const double BarHeight = 1.15;
    private const double BarGap = 0.2;
    private const double LabelDrop = 0.85;

    // The longest bar leaves room after it for its label ("收到 12345"), even on a 320 px phone in 大字体.
    private const double LongestBar = 62;

    /// <summary>
    /// The series for a set of reports: per year, the sum over the given reports (one agency's, or all of them),
    /// null for a year where none printed the figure, and the number of reports summed.
    /// </summary>
    public static IReadOnlyList<YearFigures> Series(IReadOnlyList<ReportEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return [.. entries.GroupBy(e => e.Year).OrderBy(g => g.Key).Select(g => new YearFigures(
            g.Key,
            Sum(g.Select(e => Add(e.Report.Table3.Cell("new_received", "total").Count, e.Report.Table3.Cell("carried_over", "total").Count))),
            Sum(g.Select(e => e.Report.Table3.Cell("total_processed", "total").Count)),
            g.Count()))];
    }

    /// <summary>
    /// Lays the chart out; its ids start with <paramref name="idPrefix"/>. <paramref name="countsAgencies"/> shows
    /// each year's number of agencies beside it (for totals over several agencies).
    /// </summary>
    public static ChartView Layout(IReadOnlyList<YearFigures> series, string idPrefix, bool countsAgencies = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(idPrefix);
        var max = series.SelectMany(s => new[] { s.Received ?? 0, s.Processed ?? 0 }).DefaultIfEmpty(0).Max();
        var years = series.Select((s, i) =>
        {
            var top = Row * i;
            return new ChartYearView(s.Year, s.Received, s.Processed, s.Agencies, Em(top + YearBaseline),
                Bar(s.Received, max, top + FirstBar), Bar(s.Processed, max, top + FirstBar + BarHeight + BarGap));
        }).ToList();
        return new ChartView(idPrefix + "applications-chart", Em((Row * series.Count) + 0.2), years, countsAgencies);
    }

    private static ChartBarView Bar(long? value, long max, double top)
    {
        var width = value is { } v && max > 0 ? LongestBar * v / max : 0;
        return new ChartBarView(Em(top), Em(BarHeight), Percent(width), Percent(width + 1.5), Em(top + LabelDrop));
    }

    private static string Em(double v) => F(v) + "em";

    private static string Percent(double v) => F(v) + "%";

    private static string F(double v) => Math.Round(v, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static long? Add(long? a, long? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);

    private static long? Sum(IEnumerable<long?> values)
    {
        var present = values.Where(v => v.HasValue).ToArray();
        return present.Length == 0 ? null : present.Sum(v => v!.Value);
    }
}

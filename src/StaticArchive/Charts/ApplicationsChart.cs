using System.Globalization;
using System.Text;
using StaticArchive.Tables;
using StaticArchive.Tables.Html;

namespace StaticArchive.Charts;

/// <summary>
/// A bar chart of applications received and processed per year, drawn at build time as inline SVG (no
/// script): role="img" with title and description, and the same figures as a real table for screen readers.
/// </summary>
public static class ApplicationsChart
{
    private const int Width = 640;
    private const int Height = 300;
    private const int Left = 56;
    private const int Right = 16;
    private const int Top = 40;
    private const int Bottom = 36;

    /// <summary>The legend text of the two series.</summary>
    public const string ReceivedLabel = "收到申请（一＋二）";

    /// <summary>The legend text of the processed series.</summary>
    public const string ProcessedLabel = "办理完毕（三（七）总计）";

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

    /// <summary>Renders the chart and its data table; ids start with <paramref name="idPrefix"/>.</summary>
    public static string Render(string title, IReadOnlyList<YearFigures> series, string idPrefix)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(idPrefix);
        var id = HtmlText.Encode(idPrefix + "applications-chart");
        var max = NiceMax(series.SelectMany(s => new[] { s.Received ?? 0, s.Processed ?? 0 }).DefaultIfEmpty(0).Max());
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        var slot = series.Count == 0 ? plotWidth : (double)plotWidth / series.Count;
        var bar = Math.Min(28, slot / 3);

        var sb = new StringBuilder();
        sb.Append("<figure class=\"chart\">\n");
        sb.Append($"<svg class=\"chart-svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        sb.Append($"<title id=\"{id}-title\">{HtmlText.Encode(title)}</title>\n");
        sb.Append($"<desc id=\"{id}-desc\">{HtmlText.Encode(Describe(series))}</desc>\n");
        for (var i = 0; i <= 4; i++)
        {
            var value = max * i / 4;
            var y = Top + plotHeight - (plotHeight * i / 4.0);
            sb.Append($"<line class=\"chart-grid\" x1=\"{Left}\" y1=\"{F(y)}\" x2=\"{Width - Right}\" y2=\"{F(y)}\" stroke=\"#767676\" stroke-width=\"{(i == 0 ? 1.5 : 0.5).ToString(CultureInfo.InvariantCulture)}\"/>");
            sb.Append($"<text class=\"chart-tick\" x=\"{Left - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\" fill=\"#333333\">{value}</text>\n");
        }

        for (var i = 0; i < series.Count; i++)
        {
            var s = series[i];
            var center = Left + (slot * i) + (slot / 2);
            Bar(sb, "chart-bar-received", "#1d4f91", center - bar - 1, bar, s.Received, max, plotHeight);
            Bar(sb, "chart-bar-processed", "#b4540a", center + 1, bar, s.Processed, max, plotHeight);
            sb.Append($"<text class=\"chart-label\" x=\"{F(center)}\" y=\"{Height - Bottom + 18}\" text-anchor=\"middle\" fill=\"#333333\">{s.Year}</text>\n");
        }

        sb.Append($"<rect x=\"{Left}\" y=\"10\" width=\"12\" height=\"12\" fill=\"#1d4f91\"/><text class=\"chart-legend\" x=\"{Left + 18}\" y=\"21\" fill=\"#333333\">{ReceivedLabel}</text>");
        sb.Append($"<rect x=\"{Left + 200}\" y=\"10\" width=\"12\" height=\"12\" fill=\"#b4540a\"/><text class=\"chart-legend\" x=\"{Left + 218}\" y=\"21\" fill=\"#333333\">{ProcessedLabel}</text>\n");
        sb.Append("</svg>\n");
        sb.Append("<details class=\"chart-data\"><summary>查看图表数据</summary>\n");
        sb.Append($"<table class=\"data-table\"><caption>{HtmlText.Encode(title)}</caption>\n");
        sb.Append($"<thead><tr><th scope=\"col\">年份</th><th scope=\"col\">{ReceivedLabel}</th><th scope=\"col\">{ProcessedLabel}</th></tr></thead>\n<tbody>\n");
        foreach (var s in series)
        {
            sb.Append($"<tr><th scope=\"row\">{s.Year}年</th>{Td(s.Received)}{Td(s.Processed)}</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</details>\n</figure>\n");
        return sb.ToString();
    }

    private static void Bar(StringBuilder sb, string cls, string fill, double x, double width, long? value, long max, int plotHeight)
    {
        if (value is not { } v)
        {
            return;
        }

        var h = max == 0 ? 0 : plotHeight * (double)v / max;
        var y = Top + plotHeight - h;
        sb.Append($"<rect class=\"{cls}\" x=\"{F(x)}\" y=\"{F(y)}\" width=\"{F(width)}\" height=\"{F(h)}\" fill=\"{fill}\"/>");
    }

    private static string Td(long? v) =>
        v is { } n ? $"<td class=\"num\">{n.ToString(CultureInfo.InvariantCulture)}</td>" : "<td class=\"num blank\"><span class=\"visually-hidden\">未填报</span></td>";

    private static string Describe(IReadOnlyList<YearFigures> series) => series.Count == 0
        ? "暂无数据。"
        : $"{series[0].Year}年至{series[^1].Year}年每年{ReceivedLabel}与{ProcessedLabel}的柱状图。"
          + string.Join("；", series.Select(s => $"{s.Year}年收到 {N(s.Received)}、办结 {N(s.Processed)}")) + "。";

    private static string N(long? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "未填报";

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

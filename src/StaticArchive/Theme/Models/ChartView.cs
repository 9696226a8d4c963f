namespace StaticArchive.Theme.Models;

/// <summary>
/// The applications chart laid out at build time: the theme's <c>partials/chart.liquid</c> draws it as inline SVG
/// with the same figures as a table. Coordinates are ready to print, so the template does no arithmetic.
/// </summary>
/// <param name="Id">The chart's id, unique on the page; the title and description ids start with it.</param>
/// <param name="Width">The SVG's view-box width.</param>
/// <param name="Height">The SVG's view-box height.</param>
/// <param name="PlotLeft">Where the grid lines start.</param>
/// <param name="PlotRight">Where the grid lines end.</param>
/// <param name="TickLabelX">Where the value labels of the grid lines end (they are right-aligned).</param>
/// <param name="YearLabelY">The baseline of the year labels under the bars.</param>
/// <param name="Ticks">The grid lines, from the axis up.</param>
/// <param name="Years">One entry per year, oldest first.</param>
/// <param name="Legend">Where the legend's two keys go.</param>
public sealed record ChartView(
    string Id,
    int Width,
    int Height,
    int PlotLeft,
    int PlotRight,
    int TickLabelX,
    int YearLabelY,
    IReadOnlyList<ChartTickView> Ticks,
    IReadOnlyList<ChartYearView> Years,
    ChartLegendView Legend);

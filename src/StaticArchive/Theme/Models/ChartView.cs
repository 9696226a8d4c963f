namespace StaticArchive.Theme.Models;

/// <summary>
/// The applications chart laid out at build time: the theme's <c>partials/chart.liquid</c> draws it as inline SVG
/// with the same figures as a table. Lengths are ready to print, so the template does no arithmetic.
/// </summary>
/// <param name="Id">The chart's id, unique on the page; the title and description ids start with it.</param>
/// <param name="Height">The SVG's height (in em: it follows the text size).</param>
/// <param name="Years">One entry per year, oldest first.</param>
/// <param name="CountsAgencies">True when the figures add up several agencies: each year says how many.</param>
public sealed record ChartView(string Id, string Height, IReadOnlyList<ChartYearView> Years, bool CountsAgencies);

namespace StaticArchive.Theme.Models;

/// <summary>One year of the applications chart: its figures (null when no report printed them) and their bars.</summary>
/// <param name="Year">The year.</param>
/// <param name="Received">Applications to handle (table 三 一＋二, 总计 column).</param>
/// <param name="Processed">Applications handled (三（七）总计).</param>
/// <param name="Agencies">How many agencies' reports the figures add up.</param>
/// <param name="LabelY">The baseline of the year's label, above its bars.</param>
/// <param name="ReceivedBar">The bar of <paramref name="Received"/>.</param>
/// <param name="ProcessedBar">The bar of <paramref name="Processed"/>.</param>
public sealed record ChartYearView(int Year, long? Received, long? Processed, int Agencies, string LabelY, ChartBarView ReceivedBar, ChartBarView ProcessedBar);

namespace StaticArchive.Theme.Models;

/// <summary>One year of the applications chart: its figures (null when no report printed them) and their bars.</summary>
/// <param name="Year">The year.</param>
/// <param name="Received">Applications to handle (table 三 一＋二, 总计 column).</param>
/// <param name="Processed">Applications handled (三（七）总计).</param>
/// <param name="ReceivedBar">The bar of <paramref name="Received"/>; null when it is blank.</param>
/// <param name="ProcessedBar">The bar of <paramref name="Processed"/>; null when it is blank.</param>
/// <param name="LabelX">The centre of the year's label.</param>
public sealed record ChartYearView(int Year, long? Received, long? Processed, ChartBarView? ReceivedBar, ChartBarView? ProcessedBar, string LabelX);

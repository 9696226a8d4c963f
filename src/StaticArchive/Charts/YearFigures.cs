namespace StaticArchive.Charts;

/// <summary>
/// One year of the applications chart: applications to handle (table 三 一＋二, 总计 column) and applications
/// handled (三（七）总计). Null when no report of that year printed the figure.
/// </summary>
public sealed record YearFigures(int Year, long? Received, long? Processed);

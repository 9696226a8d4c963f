namespace StaticArchive.Charts;

/// <summary>
/// One year of the applications chart: applications to handle (table 三 一＋二, 总计 column) and applications
/// handled (三（七）总计), null when no report of that year printed the figure, and how many agencies' reports
/// the year adds up (a total over 4 agencies is not comparable with one over 1 unless readers are told).
/// </summary>
internal sealed record YearFigures(int Year, long? Received, long? Processed, int Agencies = 1);

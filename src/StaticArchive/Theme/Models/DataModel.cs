namespace StaticArchive.Theme.Models;

/// <summary>The open-data page: the archive-wide dataset's downloads, its schema.org description and its chart.</summary>
/// <param name="ParquetUrl">The whole dataset as Parquet.</param>
/// <param name="YearCsvs">The dataset as CSV, one file a year: the year as the title.</param>
/// <param name="DictionaryUrl">The data dictionary (every column once).</param>
/// <param name="CsvwUrl">The CSVW description of the CSV files.</param>
/// <param name="ReportCount">How many reports the dataset holds.</param>
/// <param name="JsonLd">The schema.org <c>Dataset</c> as JSON-LD, safe inside a script element.</param>
/// <param name="Chart">Applications per year over the real reports of all agencies; null when there is none.</param>
/// <param name="RealCount">How many of the reports are real (the rest are samples).</param>
/// <param name="SampleAgencies">The invented agencies whose sample reports the dataset holds, marked there by its sample column.</param>
public sealed record DataModel(
    string ParquetUrl,
    IReadOnlyList<LinkView> YearCsvs,
    string DictionaryUrl,
    string CsvwUrl,
    int ReportCount,
    string JsonLd,
    ChartView? Chart,
    int RealCount,
    IReadOnlyList<LinkView> SampleAgencies)
{
    /// <summary>How many of the reports are samples.</summary>
    public int SampleCount => ReportCount - RealCount;
}

using StaticArchive.Tables.Data;

namespace StaticArchive.Tables;

/// <summary>
/// One annual report as the site-wide features see it: who and when, where its page is, its tables and
/// the data file they came from (for diagnostics).
/// </summary>
/// <param name="AgencySlug">e.g. <c>linzi-gxj</c>.</param>
/// <param name="AgencyName">e.g. 临淄区工业和信息化局.</param>
/// <param name="Year">The statistics year.</param>
/// <param name="PageUrl">The page's folder, site-relative with a trailing slash, e.g. <c>linzi-gxj/2023/annual-report/</c>.</param>
/// <param name="Report">The report's tables.</param>
/// <param name="DataFilePath">The data file's display path, e.g. <c>content/linzi-gxj/2023/annual-report.yml</c>.</param>
/// <param name="Sample">True when the report is invented (<c>sample: true</c>): open data marks it, charts keep it apart.</param>
/// <param name="SourceUrl">The address of the published original, if known.</param>
internal sealed record ReportEntry(string AgencySlug, string AgencyName, int Year, string PageUrl, ReportTables Report, string DataFilePath, bool Sample = false, string? SourceUrl = null);

namespace StaticArchive.Tables.Data;

/// <summary>The <c>report:</c> header of a data file (all optional as far as the tables are concerned).</summary>
internal sealed record ReportInfo(
    string? Agency,
    string? AgencyKind,
    string? Region,
    int? Year,
    string? Published,
    string? SourceUrl);

namespace StaticArchive.Tables.Html;

/// <summary>
/// Per-page facts a rendered table needs: the agency and year for the caption, a prefix that keeps the
/// table's ids unique on the page (e.g. <c>tbl-</c>), and the words of the site's language.
/// </summary>
public sealed record TableContext(string AgencyName, int Year, string IdPrefix, TableWords Words);

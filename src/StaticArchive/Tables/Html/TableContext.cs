namespace StaticArchive.Tables.Html;

/// <summary>
/// Per-page facts a rendered table needs: the agency and year for the caption, a prefix that keeps the
/// table's ids unique on the page (e.g. <c>tbl-</c>), the words of the site's language, and the text of the
/// heading directly above the table, if any (a caption that only repeats it is kept for screen readers alone).
/// </summary>
internal sealed record TableContext(string AgencyName, int Year, string IdPrefix, TableWords Words, string? HeadingAbove = null);

namespace StaticArchive.Search.Build;

/// <summary>What the builder keeps per document besides postings: facet values, sort keys and token count.</summary>
internal sealed record DocInfo(int Year, string Type, string TypeLabel, string AgencySlug, string AgencyName, string Date, string Url, int Length)
{
    /// <summary>
    /// Index order: year (newest first), type, agency, date (newest first), URL. Equal scores rank by this
    /// order, and year and type become contiguous id ranges, so their filter counts need no extra download.
    /// </summary>
    public static int Compare(DocInfo a, DocInfo b)
    {
        var c = b.Year.CompareTo(a.Year);
        if (c == 0)
        {
            c = string.CompareOrdinal(a.Type, b.Type);
        }
        if (c == 0)
        {
            c = string.CompareOrdinal(a.AgencySlug, b.AgencySlug);
        }
        if (c == 0)
        {
            c = string.CompareOrdinal(b.Date, a.Date);
        }
        return c != 0 ? c : string.CompareOrdinal(a.Url, b.Url);
    }
}

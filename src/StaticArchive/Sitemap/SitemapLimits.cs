namespace StaticArchive.Sitemap;

/// <summary>How much one sitemap file may hold before the sitemap is split and <c>sitemap.xml</c> becomes an index.</summary>
/// <param name="MaxUrls">URLs per file; the sitemaps.org protocol allows 50,000.</param>
/// <param name="MaxBytes">Uncompressed bytes per file; the protocol allows 50 MB.</param>
internal sealed record SitemapLimits(int MaxUrls, long MaxBytes)
{
    /// <summary>The limits of the sitemaps.org protocol.</summary>
    public static SitemapLimits Protocol { get; } = new(50_000, 50L * 1024 * 1024);
}

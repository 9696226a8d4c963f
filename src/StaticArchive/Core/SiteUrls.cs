namespace StaticArchive.Core;

/// <summary>
/// Turns site-relative paths into links. The base URL may be absolute (<c>https://x.gov.cn/archive/</c>) or a
/// sub-path (<c>/archive/</c>); links always use its path, so the site works on a domain root and on a
/// GitHub Pages project site alike, and absolute URLs (feeds, sitemap) use the whole of it when known.
/// </summary>
internal sealed class SiteUrls
{
    /// <summary>Parses a base URL.</summary>
    public SiteUrls(string baseUrl)
    {
        var value = string.IsNullOrWhiteSpace(baseUrl) ? "/" : baseUrl.Trim();
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == "https" || uri.Scheme == "http"))
        {
            BasePath = Normalize(uri.AbsolutePath);
            Origin = uri.GetLeftPart(UriPartial.Authority);
        }
        else
        {
            BasePath = Normalize(value);
            Origin = null;
        }
    }

    /// <summary>The path prefix of every link, starting and ending with "/".</summary>
    public string BasePath { get; }

    /// <summary><c>https://host</c> when the base URL is absolute, else null.</summary>
    public string? Origin { get; }

    /// <summary>A link to a site-relative path, e.g. <c>linzi-gxj/</c> → <c>/archive/linzi-gxj/</c>.</summary>
    public string Path(string relative) => BasePath + relative.TrimStart('/');

    /// <summary>The absolute URL when the origin is known, else the path.</summary>
    public string Absolute(string relative) => (Origin ?? "") + Path(relative);

    private static string Normalize(string path)
    {
        var p = "/" + path.Trim('/');
        return p == "/" ? "/" : p + "/";
    }
}

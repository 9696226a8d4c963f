using System.Globalization;
using System.Text;
using StaticArchive.Core;

namespace StaticArchive.Sitemap;

/// <summary>
/// <c>sitemap.xml</c> (every page, lastmod from its document) and <c>robots.txt</c> pointing at it. Past the
/// protocol's limits the pages go to <c>sitemap-1.xml</c>, <c>sitemap-2.xml</c>… and <c>sitemap.xml</c> is
/// the index of those, so robots.txt names one file either way.
/// </summary>
internal static class SitemapWriter
{
    private const string Head = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Writes the sitemap (one file, or an index and its parts) and robots.txt.</summary>
    public static IEnumerable<OutputFile> Write(IEnumerable<SitemapEntry> entries, SiteUrls urls, SitemapLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(urls);
        var ordered = entries.DistinctBy(e => e.Url).OrderBy(e => e.Url, StringComparer.Ordinal);
        var parts = Split(ordered.Select(e => Entry("url", urls.Absolute(e.Url), e.LastModified)), limits ?? SitemapLimits.Protocol);
        var files = new List<OutputFile>();
        if (parts.Count == 1)
        {
            files.Add(File("sitemap.xml", "urlset", parts[0]));
        }
        else
        {
            var index = new List<Element>();
            for (var i = 0; i < parts.Count; i++)
            {
                var name = $"sitemap-{(i + 1).ToString(CultureInfo.InvariantCulture)}.xml";
                index.Add(Entry("sitemap", urls.Absolute(name), parts[i].Max(p => p.LastModified)));
                files.Add(File(name, "urlset", parts[i]));
            }

            files.Add(File("sitemap.xml", "sitemapindex", index));
        }

        files.Add(new OutputFile("robots.txt", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("sitemap.xml")}\n")));
        return files;
    }

    private sealed record Element(string Xml, DateOnly? LastModified);

    // Files fill up in URL order; a file is closed before the entry that would take it past either limit.
    private static List<List<Element>> Split(IEnumerable<Element> entries, SitemapLimits limits)
    {
        var frame = Encoding.UTF8.GetByteCount(Open("urlset") + Close("urlset"));
        var files = new List<List<Element>> { new() };
        var bytes = frame;
        foreach (var entry in entries)
        {
            var size = Encoding.UTF8.GetByteCount(entry.Xml);
            if (files[^1].Count > 0 && (files[^1].Count == limits.MaxUrls || bytes + size > limits.MaxBytes))
            {
                files.Add([]);
                bytes = frame;
            }

            files[^1].Add(entry);
            bytes += size;
        }

        return files;
    }

    private static OutputFile File(string path, string root, List<Element> entries)
    {
        var xml = new StringBuilder(Open(root));
        foreach (var entry in entries)
        {
            xml.Append(entry.Xml);
        }

        return new OutputFile(path, Encoding.UTF8.GetBytes(xml.Append(Close(root)).ToString()));
    }

    private static string Open(string root) => $"{Head}<{root} xmlns=\"{Namespace}\">\n";

    private static string Close(string root) => $"</{root}>";

    private static Element Entry(string name, string location, DateOnly? lastModified)
    {
        var xml = new StringBuilder($"  <{name}>\n    <loc>{Escape(location)}</loc>\n");
        if (lastModified is { } date)
        {
            xml.Append(CultureInfo.InvariantCulture, $"    <lastmod>{date:yyyy-MM-dd}</lastmod>\n");
        }

        return new Element(xml.Append($"  </{name}>\n").ToString(), lastModified);
    }

    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}

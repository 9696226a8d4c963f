using System.Globalization;
using System.Text;
using System.Xml;
using StaticArchive.Core;

namespace StaticArchive.Sitemap;

/// <summary>
/// <c>sitemap.xml</c> (every page, lastmod from the page's newest document) and <c>robots.txt</c> pointing at it.
/// </summary>
public static class SitemapWriter
{
    /// <summary>One sitemap entry.</summary>
    public sealed record Entry(string Url, DateOnly? LastModified);

    /// <summary>Writes the sitemap and robots.txt.</summary>
    public static IEnumerable<OutputFile> Write(IEnumerable<Entry> entries, SiteUrls urls)
    {
        ArgumentNullException.ThrowIfNull(urls);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
            xml.WriteStartElement("urlset", Ns);
            foreach (var entry in entries.DistinctBy(e => e.Url).OrderBy(e => e.Url, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", Ns);
                xml.WriteElementString("loc", Ns, urls.Absolute(entry.Url));
                if (entry.LastModified is { } date)
                {
                    xml.WriteElementString("lastmod", Ns, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        yield return new OutputFile("sitemap.xml", stream.ToArray());
        yield return new OutputFile("robots.txt", Encoding.UTF8.GetBytes($"User-agent: *\nAllow: /\n\nSitemap: {urls.Absolute("sitemap.xml")}\n"));
    }
}

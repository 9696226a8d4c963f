using System.Globalization;
using System.Text;
using System.Xml;
using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.History;
using StaticArchive.Pages;

namespace StaticArchive.Feeds;

/// <summary>
/// Atom feeds: the whole archive at <c>/feed.xml</c> and each agency at <c>/&lt;agency&gt;/feed.xml</c>.
/// Dates come from the documents and their history, never from the clock, so rebuilds are byte-identical. An
/// entry's <c>published</c> is the publication date only when the source states it; <c>updated</c>, which Atom
/// requires, is the entry's last change in the archive's history, else its sort date (<see cref="Document.SortDate"/>).
/// </summary>
internal static class AtomFeed
{
    private const int Entries = 50;

    /// <summary>How an invented document is marked in a feed: a prefix to its title and the label of its category.</summary>
    public sealed record SampleMark(string TitlePrefix, string Label);

    /// <summary>Every feed of the archive.</summary>
    public static IEnumerable<OutputFile> All(Archive archive, SiteUrls urls, IDocumentHistory history, SampleMark sample)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(sample);
        yield return Write("feed.xml", archive.Settings.Title, "", archive.Documents, archive, urls, history, sample);
        foreach (var agency in archive.Agencies)
        {
            var title = (agency.Sample ? sample.TitlePrefix : "") + $"{agency.Name} – {archive.Settings.Title}";
            yield return Write($"{agency.Slug}/feed.xml", title, agency.Slug + "/", [.. archive.ByAgency[agency.Slug]], archive, urls, history, sample);
        }
    }

    private static OutputFile Write(string path, string title, string pageUrl, IReadOnlyList<Document> documents, Archive archive, SiteUrls urls, IDocumentHistory history, SampleMark sample)
    {
        var entries = documents.Take(Entries).ToList();
        var updated = entries.Select(d => history.LastUpdated(d) ?? d.SortDate).ToList();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            const string Ns = "http://www.w3.org/2005/Atom";
            xml.WriteStartElement("feed", Ns);
            xml.WriteAttributeString("xml", "lang", null, archive.Settings.Language);
            xml.WriteElementString("title", Ns, title);
            xml.WriteElementString("id", Ns, Id(urls, path));
            Link(xml, Ns, "self", urls.Absolute(path));
            Link(xml, Ns, "alternate", urls.Absolute(pageUrl));
            xml.WriteElementString("updated", Ns, Stamp(updated.Count > 0 ? updated.Max() : new DateOnly(2000, 1, 1)));
            xml.WriteStartElement("author", Ns);
            xml.WriteElementString("name", Ns, archive.Settings.Footer.Organizer ?? archive.Settings.Title);
            xml.WriteEndElement();
            for (var i = 0; i < entries.Count; i++)
            {
                var d = entries[i];
                xml.WriteStartElement("entry", Ns);
                xml.WriteElementString("title", Ns, d.Sample ? sample.TitlePrefix + d.Title : d.Title);
                xml.WriteElementString("id", Ns, Id(urls, d.Url));
                Link(xml, Ns, "alternate", urls.Absolute(d.Url));
                xml.WriteElementString("updated", Ns, Stamp(updated[i]));
                if (d is { Date: { } published, DateInferred: false })
                {
                    xml.WriteElementString("published", Ns, Stamp(published));
                }

                xml.WriteStartElement("author", Ns);
                xml.WriteElementString("name", Ns, archive.AgencyBySlug[d.AgencySlug].Name);
                xml.WriteEndElement();
                if (d.Sample)
                {
                    xml.WriteStartElement("category", Ns);
                    xml.WriteAttributeString("term", "sample");
                    xml.WriteAttributeString("label", sample.Label);
                    xml.WriteEndElement();
                }

                if (d.Source?.Url is { } via)
                {
                    Link(xml, Ns, "via", via);
                }

                if (d.Summary is { Length: > 0 } summary)
                {
                    xml.WriteElementString("summary", Ns, summary);
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return new OutputFile(path, stream.ToArray());
    }

    private static void Link(XmlWriter xml, string ns, string rel, string href)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    // A tag: URI stays valid when the site only knows its path, unlike a relative http URL.
    private static string Id(SiteUrls urls, string path) =>
        urls.Origin is null ? $"tag:staticarchive,2024:{urls.Path(path)}" : urls.Absolute(path);

    private static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}

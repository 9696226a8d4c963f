using System.Globalization;
using System.Text;
using System.Xml.Linq;
using StaticArchive.Core;
using StaticArchive.Sitemap;

namespace StaticArchive.Tests.Sitemap;

/// <summary>The sitemap splits into an index and parts past the sitemaps.org limits, and robots.txt names the index.</summary>
public sealed class SitemapWriterTests
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly SiteUrls Urls = new("https://gk.example.gov.cn/archive/");

    [Fact]
    public void Up_to_the_limit_the_sitemap_is_one_urlset()
    {
        var files = Write(Entries(3), new SitemapLimits(3, long.MaxValue));

        Assert.Equal(["sitemap.xml", "robots.txt"], files.Keys);
        Assert.Equal("urlset", files["sitemap.xml"].Root!.Name.LocalName);
        Assert.Equal(3, Locations(files["sitemap.xml"]).Count);
    }

    [Fact]
    public void Past_the_url_limit_sitemap_xml_is_an_index_of_parts_in_url_order()
    {
        var files = Write(Entries(5), new SitemapLimits(2, long.MaxValue));

        Assert.Equal(["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml", "robots.txt"], files.Keys);
        Assert.Equal("sitemapindex", files["sitemap.xml"].Root!.Name.LocalName);
        Assert.Equal(
            ["https://gk.example.gov.cn/archive/sitemap-1.xml", "https://gk.example.gov.cn/archive/sitemap-2.xml", "https://gk.example.gov.cn/archive/sitemap-3.xml"],
            Locations(files["sitemap.xml"]));
        Assert.Equal(["https://gk.example.gov.cn/archive/doc-0/", "https://gk.example.gov.cn/archive/doc-1/"], Locations(files["sitemap-1.xml"]));
        Assert.Equal(["https://gk.example.gov.cn/archive/doc-4/"], Locations(files["sitemap-3.xml"]));
        Assert.Equal("2024-01-02", files["sitemap.xml"].Descendants(Ns + "lastmod").First().Value); // the newest page of part 1
    }

    [Fact]
    public void Past_the_byte_limit_a_part_is_closed_before_the_entry_that_would_overflow_it()
    {
        const long limit = 600;
        var raw = RawWrite(Entries(10), new SitemapLimits(1000, limit));

        Assert.True(raw.Count > 3, "ten entries of about 130 bytes must not fit in 600 bytes");
        Assert.All(raw.Where(f => f.Key.StartsWith("sitemap-", StringComparison.Ordinal)), f => Assert.True(f.Value.Length <= limit, $"{f.Key} is {f.Value.Length} bytes"));
        Assert.Equal(10, raw.Where(f => f.Key.StartsWith("sitemap-", StringComparison.Ordinal)).Sum(f => Locations(Parse(f.Value)).Count));
    }

    [Fact]
    public void Robots_txt_names_sitemap_xml_whether_it_is_the_sitemap_or_its_index()
    {
        foreach (var limits in new[] { SitemapLimits.Protocol, new SitemapLimits(1, long.MaxValue) })
        {
            var robots = Encoding.UTF8.GetString(RawWrite(Entries(2), limits)["robots.txt"]);
            Assert.Contains("Sitemap: https://gk.example.gov.cn/archive/sitemap.xml\n", robots, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_default_is_the_protocols_50000_urls_per_file()
    {
        Assert.Equal(["sitemap.xml", "robots.txt"], RawWrite(Entries(50_000), null).Keys);

        var split = RawWrite(Entries(50_001), null);
        Assert.Equal(["sitemap-1.xml", "sitemap-2.xml", "sitemap.xml", "robots.txt"], split.Keys);
        Assert.Equal(50_000, Locations(Parse(split["sitemap-1.xml"])).Count);
        Assert.Single(Locations(Parse(split["sitemap-2.xml"])));
    }

    private static List<SitemapEntry> Entries(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new SitemapEntry($"doc-{i.ToString(CultureInfo.InvariantCulture)}/", new DateOnly(2024, 1, 1).AddDays(i % 3)))];

    private static Dictionary<string, byte[]> RawWrite(IEnumerable<SitemapEntry> entries, SitemapLimits? limits) =>
        SitemapWriter.Write(entries, Urls, limits).ToDictionary(f => f.Path, f => f.Content);

    private static Dictionary<string, XDocument> Write(IEnumerable<SitemapEntry> entries, SitemapLimits limits) =>
        RawWrite(entries, limits).ToDictionary(f => f.Key, f => f.Key.EndsWith(".xml", StringComparison.Ordinal) ? Parse(f.Value) : new XDocument());

    private static XDocument Parse(byte[] bytes) => XDocument.Parse(Encoding.UTF8.GetString(bytes));

    private static List<string> Locations(XDocument xml) => [.. xml.Descendants(Ns + "loc").Select(l => l.Value)];
}

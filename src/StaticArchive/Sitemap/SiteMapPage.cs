using System.Globalization;
using StaticArchive.Content;
using StaticArchive.Pages;
using StaticArchive.Theme.Models;

namespace StaticArchive.Sitemap;

/// <summary>The site map page (<c>/sitemap/</c>) that the footer's 网站地图 opens.</summary>
internal static class SiteMapPage
{
    /// <summary>The page of an archive.</summary>
    public static PageSpec Build(Archive archive, ViewFactory views)
    {
        ArgumentNullException.ThrowIfNull(archive);
        ArgumentNullException.ThrowIfNull(views);
        var t = views.Strings;
        var urls = views.Urls;
        LinkView[] sections =
        [
            views.Home,
            new(t["agencies_heading"], urls.Path("agencies/")),
            new(t["years_heading"], urls.Path("years/")),
            new(t["types_heading"], urls.Path("types/")),
            new(t["data_heading"], urls.Path("data/")),
            new(t["search_heading"], urls.Path("search/")),
            new(t["accessibility_heading"], urls.Path("accessibility/")),
            new(t["footer_feed"], urls.Path("feed.xml")),
        ];
        var agencies = archive.Agencies.Select(a =>
        {
            var documents = archive.ByAgency[a.Slug];
            var years = documents.Select(d => d.Year).Distinct().OrderDescending()
                .Select(y => new LinkView(Year(y) + t["year_suffix"], urls.Path($"{a.Slug}/{Year(y)}/"))).ToList();
            var proposals = documents.Any(d => d.Type == DocumentTypes.Proposal) ? urls.Path(a.Slug + "/proposals/") : null;
            return new SiteMapAgencyView(a.Name, urls.Path(a.Slug + "/"), a.Sample, years, proposals);
        }).ToList();
        var yearLinks = archive.Years.OrderDescending()
            .Select(y => new CountLinkView(Year(y) + t["year_suffix"], urls.Path($"years/{Year(y)}/"), archive.Documents.Count(d => d.Year == y))).ToList();
        var types = DocumentTypes.All.Where(type => archive.Documents.Any(d => d.Type == type))
            .Select(type => new CountLinkView(views.TypeLabel(type), urls.Path($"types/{type}/"), archive.Documents.Count(d => d.Type == type))).ToList();
        var page = views.Page("sitemap", t["sitemap_heading"], "sitemap/", [views.Home]);
        return new PageSpec("sitemap/index.html", "sitemap", page, new SiteMapModel(sections, agencies, yearLinks, types));
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}

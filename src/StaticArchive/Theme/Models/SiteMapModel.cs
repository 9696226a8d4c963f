namespace StaticArchive.Theme.Models;

/// <summary>
/// The site map page for people (the XML sitemap is for crawlers): the site's sections, every agency with its
/// years, and the years and document types.
/// </summary>
public sealed record SiteMapModel(
    IReadOnlyList<LinkView> Sections,
    IReadOnlyList<SiteMapAgencyView> Agencies,
    IReadOnlyList<CountLinkView> Years,
    IReadOnlyList<CountLinkView> Types);

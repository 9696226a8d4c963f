using StaticArchive.Checks;
using StaticArchive.Feeds;
using StaticArchive.Hosting;
using StaticArchive.Listings;
using StaticArchive.OpenData;
using StaticArchive.Pages;
using StaticArchive.Search;
using StaticArchive.Sitemap;

namespace StaticArchive.Build;

/// <summary>The features every build runs, in order. A new feature is one line here and one folder.</summary>
internal static class ArchiveFeatures
{
    /// <summary>Creates fresh feature instances for one build.</summary>
    public static IReadOnlyList<IArchiveFeature> Create() =>
    [
        new ListingsFeature(),
        new FeedsFeature(),
        new SitePagesFeature(),
        new OpenDataFeature(),
        new SearchFeature(),
        new SitemapFeature(),
        new ChecksFeature(),
        new HostingFeature(),
    ];
}

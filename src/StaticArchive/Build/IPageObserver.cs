using StaticArchive.Pages;

namespace StaticArchive.Build;

/// <summary>
/// A feature that also sees every page the features add (the sitemap lists them). Its
/// <see cref="IArchiveFeature.Files"/> are asked for only after the last page has been made.
/// </summary>
internal interface IPageObserver
{
    /// <summary>Sees one page as it is made, one at a time, in the features' order.</summary>
    void ObservePage(PageSpec page, AggregateContext context);
}

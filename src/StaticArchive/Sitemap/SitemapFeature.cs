using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.Pages;

namespace StaticArchive.Sitemap;

/// <summary>The sitemap of every page but the 404 page, and robots.txt naming it.</summary>
public sealed class SitemapFeature(SitemapLimits? limits = null) : IArchiveFeature, IPageObserver
{
    private readonly List<SitemapEntry> _pages = [];
    private readonly List<SitemapEntry> _documents = [];

    /// <inheritdoc/>
    public void Observe(TransformedDocument document, AggregateContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var d = document.Document;
        _documents.Add(new SitemapEntry(d.Url, context.History.LastUpdated(d) ?? d.Date));
    }

    /// <inheritdoc/>
    public void ObservePage(PageSpec page, AggregateContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        if (page.Layout != "404")
        {
            _pages.Add(new SitemapEntry(page.Page.Url[context.Urls.BasePath.Length..], null));
        }
    }

    /// <inheritdoc/>
    public IEnumerable<OutputFile> Files(AggregateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SitemapWriter.Write(_pages.Concat(_documents), context.Urls, limits);
    }
}

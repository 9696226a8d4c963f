using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.Theme.Models;

namespace StaticArchive.Pages;

/// <summary>The fixed pages every archive has: search, 404 and the accessibility statement.</summary>
internal sealed class SitePagesFeature : IArchiveFeature
{
    /// <inheritdoc/>
    public void Observe(TransformedDocument document, AggregateContext context)
    {
    }

    /// <inheritdoc/>
    public IEnumerable<PageSpec> Pages(AggregateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var views = context.Views;
        var empty = PlainPageModel.Instance;
        yield return new PageSpec("search/index.html", "search", views.Page("search", views.Strings["search_heading"], "search/", [views.Home]), empty);
        yield return new PageSpec("accessibility/index.html", "accessibility", views.Page("accessibility", views.Strings["accessibility_heading"], "accessibility/", [views.Home]), empty);
        yield return new PageSpec("404.html", "404", views.Page("404", views.Strings["not_found_heading"], "404.html", [views.Home]), empty);
    }

    /// <inheritdoc/>
    public IEnumerable<OutputFile> Files(AggregateContext context) => [];
}

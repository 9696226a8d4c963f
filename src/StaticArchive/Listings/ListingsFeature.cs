using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.Pages;

namespace StaticArchive.Listings;

/// <summary>Browsing pages: home, agencies, agency, agency-year, years, types, proposals.</summary>
internal sealed class ListingsFeature : IArchiveFeature
{
    /// <inheritdoc/>
    public void Observe(TransformedDocument document, AggregateContext context)
    {
    }

    /// <inheritdoc/>
    public IEnumerable<PageSpec> Pages(AggregateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ListingPages(context.Archive, context.Views).All();
    }

    /// <inheritdoc/>
    public IEnumerable<OutputFile> Files(AggregateContext context) => [];
}

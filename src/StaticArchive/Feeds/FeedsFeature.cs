using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.Pages;

namespace StaticArchive.Feeds;

/// <summary>Atom feeds for the archive and each agency.</summary>
internal sealed class FeedsFeature : IArchiveFeature
{
    /// <inheritdoc/>
    public void Observe(TransformedDocument document, AggregateContext context)
    {
    }

    /// <inheritdoc/>
    public IEnumerable<PageSpec> Pages(AggregateContext context) => [];

    /// <inheritdoc/>
    public IEnumerable<OutputFile> Files(AggregateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var strings = context.Views.Strings;
        return AtomFeed.All(context.Archive, context.Urls, context.History, new AtomFeed.SampleMark(strings["sample_title_prefix"], strings["sample_mark"]));
    }
}

using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.Pages;

namespace StaticArchive.Build;

/// <summary>
/// A site-wide feature (listings, feeds, sitemap, search index, open data, checks). Features register
/// themselves in <see cref="ArchiveFeatures"/>; the builder has no branch per feature. A feature implements only
/// the steps it takes part in.
/// </summary>
internal interface IArchiveFeature
{
    /// <summary>Sees each transformed document once, in a stable order, single-threaded (e.g. to index its text).</summary>
    void Observe(TransformedDocument document, AggregateContext context)
    {
    }

    /// <summary>Pages the feature adds once every document has been seen.</summary>
    IEnumerable<PageSpec> Pages(AggregateContext context) => [];

    /// <summary>Other files the feature writes (feeds, index shards, datasets), asked for while the pages render.</summary>
    IEnumerable<OutputFile> Files(AggregateContext context) => [];

    /// <summary>Checks the site once every file of it is written (<see cref="AggregateContext.OutputPaths"/>), before the output is replaced.</summary>
    void Verify(AggregateContext context)
    {
    }
}

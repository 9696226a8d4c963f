using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.Pages;

namespace StaticArchive.Build;

/// <summary>
/// A site-wide feature of the Aggregate phase (listings, feeds, search index, open data). Features register
/// themselves in <see cref="ArchiveFeatures"/>; the builder has no branch per feature.
/// </summary>
public interface IArchiveFeature
{
    /// <summary>Sees each transformed document once, in a stable order, single-threaded (e.g. to index its text).</summary>
    void Observe(TransformedDocument document, AggregateContext context);

    /// <summary>Pages the feature adds once every document has been seen.</summary>
    IEnumerable<PageSpec> Pages(AggregateContext context);

    /// <summary>Other files the feature writes (feeds, index shards, datasets).</summary>
    IEnumerable<OutputFile> Files(AggregateContext context);
}

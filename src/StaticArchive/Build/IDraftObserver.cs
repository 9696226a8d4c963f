using StaticArchive.Documents;

namespace StaticArchive.Build;

/// <summary>A feature that must know about the drafts a build leaves out (e.g. the checks: a draft's files are not unused).</summary>
internal interface IDraftObserver
{
    /// <summary>Sees each left-out draft once, in document order, on the same thread as <see cref="IArchiveFeature.Observe"/>.</summary>
    void ObserveDraft(TransformedDocument document, AggregateContext context);
}

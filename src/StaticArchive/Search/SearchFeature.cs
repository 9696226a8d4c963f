using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.Pages;

namespace StaticArchive.Search;

/// <summary>
/// Feeds every document to the search index as it is transformed (title, text, agency, year, type), and
/// writes the sharded index under <c>search/</c> once all are seen. Only compact postings are kept, not
/// the texts, so memory stays bounded on large archives.
/// </summary>
internal sealed class SearchFeature : IArchiveFeature
{
    private readonly SearchIndexBuilder _index = new();

    /// <inheritdoc/>
    public void Observe(TransformedDocument document, AggregateContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var d = document.Document;
        _index.Add(new SearchDocument(
            d.Url, d.Title, document.Text, d.AgencySlug, context.AgencyName(d.AgencySlug), d.Year, d.Type,
            context.TypeLabel(d.Type), d.Date is { } date ? ViewFactory.Date(date) : "", d.Source?.Url, d.DateInferred, d.Sample));
    }

    /// <inheritdoc/>
    public IEnumerable<PageSpec> Pages(AggregateContext context) => [];

    /// <inheritdoc/>
    public IEnumerable<OutputFile> Files(AggregateContext context) => _index.Files();
}

using StaticArchive.Build;
using StaticArchive.Content;
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
            context.TypeLabel(d.Type), d.Date is { } date ? ViewFactory.Date(date) : "", d.Source?.Url, d.DateInferred, d.Sample,
            Metadata(d, context)));
    }

    /// <summary>What a citizen copies from a notice: 索引号, 文号, a proposal's 编号, 届次 and 办理结果, the agency's short name.</summary>
    private static List<KeyValuePair<string, string>> Metadata(Document d, AggregateContext context)
    {
        var p = d.Proposal;
        var result = p?.ResultLabel ?? (p?.ResultTerm is { } term ? context.Text($"proposal_result_{term}") : null);
        var shortName = context.Content.Agencies.FirstOrDefault(a => a.Slug == d.AgencySlug)?.ShortName;
        (string Key, string? Value)[] fields =
        [
            ("meta_index_no", d.IndexNo), ("meta_doc_no", d.DocNo), ("proposal_number", p?.Number),
            ("proposal_session", p?.Session), ("proposal_result", result), ("search_agency_short", shortName),
        ];
        return [.. fields.Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => KeyValuePair.Create(f.Key, f.Value!))];
    }

    /// <inheritdoc/>
    public IEnumerable<PageSpec> Pages(AggregateContext context) => [];

    /// <inheritdoc/>
    public IEnumerable<OutputFile> Files(AggregateContext context) => _index.Files();
}

using System.Globalization;

namespace StaticArchive.Search;

/// <summary>
/// The searchable fields of a document and their weights. Each is tokenized on its own, so no bigram spans two
/// fields, and a query part matches when one field contains it (the client checks the same fields).
/// </summary>
internal static class SearchFields
{
    /// <summary>Metadata (索引号, 文号, 编号…) weighs between the title and the body.</summary>
    internal const int MetadataWeight = 2;

    /// <summary>Title (boosted), agency name, type label, year, metadata values and body text.</summary>
    public static IEnumerable<(string Text, int Weight)> Of(SearchDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        yield return (doc.Title, SearchIndexBuilder.TitleWeight);
        yield return (doc.AgencyName, 1);
        yield return (doc.TypeLabel, 1);
        yield return (doc.Year.ToString(CultureInfo.InvariantCulture), 1);
        foreach (var field in doc.MetadataFields)
        {
            yield return (field.Value, MetadataWeight);
        }
        yield return (doc.Text, 1);
    }
}

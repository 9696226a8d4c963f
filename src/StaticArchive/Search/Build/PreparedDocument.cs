namespace StaticArchive.Search.Build;

/// <summary>A document tokenized and compressed off the caller's thread, waiting to be merged in order.</summary>
internal sealed record PreparedDocument(DocInfo Info, DocumentTokens Tokens, byte[] Fragment)
{
    public static PreparedDocument Prepare(SearchDocument doc)
    {
        var sink = DocumentTokenSink.ForThread();
        foreach (var (field, weight) in SearchFields.Of(doc))
        {
            sink.Weight = weight;
            SearchTokenizer.Scan(SearchTokenizer.CodePoints(SearchTokenizer.Normalize(field)), sink);
        }
        var info = new DocInfo(doc.Year, doc.Type, doc.TypeLabel, doc.AgencySlug, doc.AgencyName, doc.Date, doc.Url, sink.Length);
        return new PreparedDocument(info, sink.Take(), FragmentStore.Compress(doc));
    }
}

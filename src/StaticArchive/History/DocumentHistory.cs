using StaticArchive.Content;

namespace StaticArchive.History;

/// <summary>A history read once for the whole content folder: full source path → revisions, newest first.</summary>
internal sealed class DocumentHistory(IReadOnlyDictionary<string, IReadOnlyList<Revision>> revisions) : IDocumentHistory
{
    /// <summary>No history: pages show the front-matter date only.</summary>
    public static DocumentHistory None { get; } = new(new Dictionary<string, IReadOnlyList<Revision>>());

    /// <summary>How many files have a history.</summary>
    public int Count => revisions.Count;

    /// <inheritdoc/>
    public string Fingerprint => _fingerprint.Value;

    private readonly Lazy<string> _fingerprint = new(() => Incremental.RenderKeys.Hash(revisions
        .OrderBy(kv => kv.Key, StringComparer.Ordinal)
        .SelectMany(kv => kv.Value.Select(r => $"{kv.Key}\t{r.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}\t{r.Subject}\t{r.Note}"))));

    /// <inheritdoc/>
    public IReadOnlyList<Revision> Revisions(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return revisions.TryGetValue(Normalize(document.SourcePath), out var list) ? list : [];
    }

    /// <inheritdoc/>
    public DateOnly? LastUpdated(Document document) => Revisions(document) is [var newest, ..] ? newest.Date : null;

    /// <summary>The key form of a path: forward slashes, no trailing slash.</summary>
    public static string Normalize(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.Replace('\\', '/').TrimEnd('/');
    }
}

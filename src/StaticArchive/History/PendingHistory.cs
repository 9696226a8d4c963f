using StaticArchive.Content;

namespace StaticArchive.History;

/// <summary>A history still being read: every question waits for it (see <see cref="GitHistory.LoadInBackground"/>).</summary>
internal sealed class PendingHistory(Task<DocumentHistory> loading) : IDocumentHistory
{
    private DocumentHistory History => loading.GetAwaiter().GetResult();

    /// <inheritdoc/>
    public string? Fingerprint => History.Fingerprint;

    /// <inheritdoc/>
    public IReadOnlyList<Revision> Revisions(Document document) => History.Revisions(document);

    /// <inheritdoc/>
    public DateOnly? LastUpdated(Document document) => History.LastUpdated(document);
}

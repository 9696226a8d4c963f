using StaticArchive.Content;

namespace StaticArchive.History;

/// <summary>Where a document's revision history comes from (git in real builds, a fake in tests).</summary>
internal interface IDocumentHistory
{
    /// <summary>The commits that changed the document, newest first; empty when unknown.</summary>
    IReadOnlyList<Revision> Revisions(Document document);

    /// <summary>The date of the newest revision, or null when there is none.</summary>
    DateOnly? LastUpdated(Document document);

    /// <summary>A token that changes whenever any revision changes; null when unknown (then builds never reuse output).</summary>
    string? Fingerprint => null;
}

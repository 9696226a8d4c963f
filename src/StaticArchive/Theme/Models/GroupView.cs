namespace StaticArchive.Theme.Models;

/// <summary>A titled group of documents (by type, by agency, by session).</summary>
public sealed record GroupView(string Title, string Id, IReadOnlyList<DocumentItemView> Items, string? MoreUrl);

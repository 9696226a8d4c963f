namespace StaticArchive.Theme.Models;

/// <summary>Where a paginated listing is and how to move through it.</summary>
public sealed record PaginationView(int Current, int Total, string? PreviousUrl, string? NextUrl, IReadOnlyList<PageLinkView> Pages);

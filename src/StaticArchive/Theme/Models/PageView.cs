namespace StaticArchive.Theme.Models;

/// <summary>What the base layout needs about the page being rendered.</summary>
/// <param name="Kind">The page kind (home, agency, document…), used as a body class.</param>
/// <param name="Heading">The page's one h1.</param>
/// <param name="FullTitle">The &lt;title&gt;: "document – agency – site".</param>
/// <param name="Url">The page URL with the base path.</param>
/// <param name="Canonical">The absolute URL when the base URL is absolute, else the path.</param>
/// <param name="Description">The meta description.</param>
/// <param name="Breadcrumbs">The trail from the home page (the page itself excluded).</param>
/// <param name="FeedUrl">The Atom feed that covers the page, if any.</param>
/// <param name="Pagination">Set on paginated listings.</param>
public sealed record PageView(
    string Kind,
    string Heading,
    string FullTitle,
    string Url,
    string Canonical,
    string Description,
    IReadOnlyList<LinkView> Breadcrumbs,
    string? FeedUrl,
    PaginationView? Pagination);

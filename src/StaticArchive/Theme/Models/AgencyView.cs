namespace StaticArchive.Theme.Models;

/// <summary>An agency's details for its page and for document pages; <c>Level</c> is its label in the site's language; <c>ParentName</c> names a parent the archive has no page for.</summary>
public sealed record AgencyView(
    string Name,
    string Url,
    string? ShortName,
    string? Level,
    string? Region,
    string? Address,
    string? Postcode,
    string? Phone,
    string? Email,
    string? Website,
    LinkView? Parent,
    string FeedUrl,
    string? ProposalsUrl,
    bool Sample = false,
    string? ParentName = null);

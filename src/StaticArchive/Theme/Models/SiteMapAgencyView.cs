namespace StaticArchive.Theme.Models;

/// <summary>An agency on the site map: its page, its year pages and its 建议提案办理 page (null when it has none).</summary>
public sealed record SiteMapAgencyView(string Name, string Url, bool Sample, IReadOnlyList<LinkView> Years, string? ProposalsUrl);

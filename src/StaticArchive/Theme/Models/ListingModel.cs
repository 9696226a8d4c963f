namespace StaticArchive.Theme.Models;

/// <summary>The model of listing pages (agency-year, year, type, home, agency, proposals).</summary>
public sealed record ListingModel
{
    /// <summary>Text under the heading.</summary>
    public string? Intro { get; init; }

    /// <summary>Documents in groups.</summary>
    public IReadOnlyList<GroupView> Groups { get; init; } = [];

    /// <summary>Links with counts (years, types).</summary>
    public IReadOnlyList<CountLinkView> Links { get; init; } = [];

    /// <summary>More links with counts (e.g. agencies on the home page).</summary>
    public IReadOnlyList<CountLinkView> SecondaryLinks { get; init; } = [];

    /// <summary>Agencies as a tree, for the directory.</summary>
    public IReadOnlyList<GroupedAgenciesView> AgencyGroups { get; init; } = [];

    /// <summary>The agency whose page this is.</summary>
    public AgencyView? Agency { get; init; }

    /// <summary>Pre-rendered HTML (charts, data tables) the feature produced.</summary>
    public string? Html { get; init; }
}

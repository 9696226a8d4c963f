namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>A representative page of every kind the site generates.</summary>
public static class PageCatalogue
{
    /// <summary>The home page.</summary>
    public static readonly PageKind Home = new("home", SiteKind.Sample, "");

    /// <summary>The agency page of the seed report's agency (临淄区工业和信息化局).</summary>
    public static readonly PageKind Agency = new("agency", SiteKind.Sample, "linzi-gxj/");

    /// <summary>The seed: 临淄区工业和信息化局's 2023 annual report with its three tables.</summary>
    public static readonly PageKind Report = new("report", SiteKind.Sample, "linzi-gxj/2023/annual-report/");

    /// <summary>A generated annual report whose tables hold non-zero figures (a provincial office with 72 requests).</summary>
    public static readonly PageKind GeneratedReport = new("generated-report", SiteKind.Generated, "gaode-zfb/2023/annual-report-2023/");

    /// <summary>The search page with a query that has results.</summary>
    public static readonly PageKind SearchWithResults = new("search-results", SiteKind.Sample, "search/?q=复议");

    /// <summary>The search page without a query.</summary>
    public static readonly PageKind Search = new("search", SiteKind.Sample, "search/");

    /// <summary>Every page kind, on the sample archive and the generated one.</summary>
    public static IReadOnlyList<PageKind> All { get; } =
    [
        Home,
        new("agency-directory", SiteKind.Sample, "agencies/"),
        Agency,
        new("agency-year", SiteKind.Sample, "linzi-gxj/2023/"),
        new("years", SiteKind.Sample, "years/"),
        new("year", SiteKind.Sample, "years/2023/"),
        new("types", SiteKind.Sample, "types/"),
        new("type", SiteKind.Sample, "types/annual-report/"),
        Report,
        GeneratedReport,
        new("guide", SiteKind.Sample, "pingtan-bgs/2024/guide/"),
        new("proposal-list", SiteKind.Sample, "pingtan-shs/proposals/"),
        new("proposal-record", SiteKind.Sample, "pingtan-shs/2024/npc-1040/"),
        Search,
        SearchWithResults,
        new("data", SiteKind.Sample, "data/"),
        new("not-found", SiteKind.Sample, "no-such-page/"),
        new("accessibility", SiteKind.Sample, "accessibility/"),
        new("generated-home", SiteKind.Generated, ""),
        new("generated-agency", SiteKind.Generated, "gaode-zfb/"),
        new("generated-proposal-list", SiteKind.Generated, "gaode-zfb/proposals/"),
        new("subpath-home", SiteKind.SampleUnderSubPath, ""),
        new("subpath-report", SiteKind.SampleUnderSubPath, "linzi-gxj/2023/annual-report/"),
    ];
}

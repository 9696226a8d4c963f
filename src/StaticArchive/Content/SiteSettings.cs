namespace StaticArchive.Content;

/// <summary>What <c>content/site.yml</c> says about the whole archive.</summary>
internal sealed record SiteSettings(
    string Title,
    string Description,
    string Language,
    string BaseUrl,
    SiteFooter Footer,
    string? Repository)
{
    /// <summary>The static host the site is deployed to (<c>host:</c>, e.g. <c>cloudflare-pages</c>): the build warns when the output breaks one of its limits.</summary>
    public string? Host { get; init; }

    /// <summary>The line of <c>host:</c> in site.yml, for diagnostics.</summary>
    public int HostLine { get; init; }

    /// <summary>Settings for a site whose site.yml is empty.</summary>
    public static SiteSettings Default { get; } =
        new("政府信息公开文库", "", "zh-CN", "/", new SiteFooter(null, null, null, null, null), null);
}

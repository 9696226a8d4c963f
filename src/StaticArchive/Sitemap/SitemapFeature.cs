using System.Text;
using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.Pages;

namespace StaticArchive.Sitemap;

/// <summary>
/// The site map page for people, and for crawlers the sitemap of every page but the 404 page and robots.txt
/// naming it. Crawlers take only absolute URLs there: with a base URL that is a path alone, the build warns.
/// </summary>
internal sealed class SitemapFeature(SitemapLimits? limits = null) : IArchiveFeature, IPageObserver
{
    private readonly List<SitemapEntry> _pages = [];
    private readonly List<SitemapEntry> _documents = [];

    /// <inheritdoc/>
    public void Observe(TransformedDocument document, AggregateContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        var d = document.Document;
        _documents.Add(new SitemapEntry(d.Url, context.History.LastUpdated(d) ?? d.Date));
    }

    /// <inheritdoc/>
    public void ObservePage(PageSpec page, AggregateContext context)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(context);
        if (page.Layout != "404")
        {
            _pages.Add(new SitemapEntry(page.Page.Url[context.Urls.BasePath.Length..], null));
        }
    }

    /// <inheritdoc/>
    public IEnumerable<PageSpec> Pages(AggregateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Urls.Origin is null)
        {
            WarnRelative(context);
        }

        return [SiteMapPage.Build(context.Archive, context.Views)];
    }

    /// <inheritdoc/>
    public IEnumerable<OutputFile> Files(AggregateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SitemapWriter.Write(_pages.Concat(_documents), context.Urls, limits);
    }

    private static void WarnRelative(AggregateContext context)
    {
        var file = context.Paths.Combine(context.Paths.Content, "site.yml");
        var line = context.Files.FileExists(file)
            ? Array.FindIndex(Encoding.UTF8.GetString(context.Files.ReadAllBytes(file)).Split('\n'), l => l.StartsWith("base_url:", StringComparison.Ordinal)) + 1
            : 0;
        context.Diagnostics.Warning(DiagnosticCodes.RelativeBaseUrl, context.Paths.Display(file), line, 1,
            $"网站地址（base_url）只有路径“{context.Urls.BasePath}”，没有域名：sitemap.xml 和 robots.txt 里的网址因此是相对的，搜索引擎不接受。",
            "在 site.yml 中写网站的完整地址，如 base_url: https://gk.example.gov.cn/（或构建时用 --base-url https://gk.example.gov.cn/ 指定）。页面上的链接不受影响。");
    }
}

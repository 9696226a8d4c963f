using System.Collections.Concurrent;
using System.Text;
using StaticArchive.Pages;
using StaticArchive.Theme;

namespace StaticArchive.Incremental;

/// <summary>
/// Renders a page only when its render key changed or its file is gone from the output; otherwise the
/// previous output's file is kept. Records every page in the cache and every page actually rendered.
/// </summary>
public sealed class PageRenderer(TemplateEngine engine, IncrementalOutput output, PageCache cache)
{
    private readonly ConcurrentBag<string> _rendered = [];

    /// <summary>The output paths of the pages rendered by this build, in ordinal order.</summary>
    public IReadOnlyList<string> Rendered => [.. _rendered.Order(StringComparer.Ordinal)];

    /// <summary>Renders (or keeps) one page.</summary>
    public void Render(PageSpec page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var key = RenderKeys.Of(cache.GlobalKey, page);
        if (cache.Previous(page.OutputPath) is { } previous && previous.Key == key && output.Has(page.OutputPath, previous.Length))
        {
            output.Keep(page.OutputPath);
            cache.Record(page.OutputPath, previous);
            return;
        }

        var html = Encoding.UTF8.GetBytes(engine.Render(page.Layout, page.Page, page.Model));
        output.Write(page.OutputPath, html);
        cache.Record(page.OutputPath, new PageCache.Entry(key, html.Length));
        _rendered.Add(page.OutputPath);
    }
}

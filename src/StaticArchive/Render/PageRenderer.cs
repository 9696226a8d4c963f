using System.Collections.Concurrent;
using StaticArchive.Incremental;
using StaticArchive.IO;
using StaticArchive.Output;
using StaticArchive.Pages;
using StaticArchive.Theme;

namespace StaticArchive.Render;

/// <summary>
/// Renders a page only when its render key changed or its file is gone from the output; otherwise the
/// previous output's file is kept. Records every page in the cache and every page actually rendered.
/// </summary>
internal sealed class PageRenderer(TemplateEngine engine, IncrementalOutput output, PageCache cache)
{
    private readonly ConcurrentBag<string> _rendered = [];

    /// <summary>The output paths of the pages rendered by this build, in ordinal order.</summary>
    public IReadOnlyList<string> Rendered => [.. _rendered.Order(StringComparer.Ordinal)];

    /// <summary>Renders (or keeps) one page.</summary>
    public void Render(PageSpec page) => Render(page, null);

    /// <summary>Renders (or keeps) one page whose render key the caller may already know.</summary>
    public void Render(PageSpec page, string? knownKey)
    {
        ArgumentNullException.ThrowIfNull(page);
        var key = knownKey ?? KeyOf(page);
        if (cache.Previous(page.OutputPath) is { } previous && previous.Key == key && output.Has(page.OutputPath, previous.Length))
        {
            output.Keep(page.OutputPath, previous.Length);
            cache.Record(page.OutputPath, previous);
            return;
        }

        var writer = _writer ??= new Utf8BufferWriter();
        writer.Reset();
        engine.RenderTo(writer, page.Layout, page.Page, page.Model);
        var html = writer.Finish();
        output.Write(page.OutputPath, html);
        cache.Record(page.OutputPath, new PageCache.Entry(key, html.Length));
        _rendered.Add(page.OutputPath);
    }

    // Pages are encoded into a buffer the thread keeps, so no page is copied through a string and a new array.
    [ThreadStatic]
    private static Utf8BufferWriter? _writer;

    /// <summary>The render key of a page under this build's global inputs.</summary>
    public string KeyOf(PageSpec page) => RenderKeys.Of(cache.GlobalKey, page);
}

using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using StaticArchive.Theme.Models;

namespace StaticArchive.Theme;

/// <summary>
/// Renders pages with Fluid. A page template (<c>layouts/&lt;kind&gt;.liquid</c>) renders the main content;
/// <c>layouts/_base.liquid</c> wraps it with the head, header and footer. Parsed templates are cached and
/// shared between threads; each render gets a fresh context (Fluid's documented lifetimes).
/// </summary>
internal sealed class TemplateEngine
{
    // HtmlEncoder.Default escapes every non-ASCII character; Chinese pages would triple in size.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private readonly ThemeFiles _theme;
    private readonly TemplateOptions _options;
    private readonly FluidParser _parser = new();
    private readonly ConcurrentDictionary<string, Lazy<IFluidTemplate>> _templates = new(StringComparer.Ordinal);
    private readonly SiteView _site;
    private readonly UiStrings _strings;

    /// <summary>Creates an engine for one build.</summary>
    public TemplateEngine(ThemeFiles theme, UiStrings strings, SiteView site)
    {
        _theme = theme;
        _strings = strings;
        _site = site;
        _options = new TemplateOptions
        {
            FileProvider = new ThemeFileProvider(theme),
            MaxRecursion = 20,
            MaxSteps = 5_000_000,
        };
        _options.MemberAccessStrategy.MemberNameStrategy = MemberNameStrategies.SnakeCase;
        foreach (var type in typeof(PageView).Assembly.GetTypes().Where(t => t.Namespace == typeof(PageView).Namespace && t.IsPublic))
        {
            _options.MemberAccessStrategy.Register(type);
        }

        _options.MemberAccessStrategy.Register(typeof(Content.SiteFooter));
        _options.WithAssetFilters(theme.Assets, site.Base);
    }

    /// <summary>Renders a page: its kind's template, then the base layout around it.</summary>
    public string Render(string layout, PageView page, object model)
    {
        using var writer = new StringWriter();
        RenderTo(writer, layout, page, model);
        return writer.ToString();
    }

    /// <summary>Renders a page into a writer, so a caller writing files can encode straight to bytes.</summary>
    public void RenderTo(TextWriter writer, string layout, PageView page, object model)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(page);
        var context = NewContext(page, model);
        var main = Template($"layouts/{layout}.liquid").Render(context, Encoder);
        context.SetValue("content", new Fluid.Values.StringValue(main, encode: false));
        // Fluid 2.41 has no synchronous overload to a writer that is not obsolete; with the theme's files in
        // memory the render completes synchronously, and the wait only guards the case where it does not.
        var rendering = Template("layouts/_base.liquid").RenderAsync(writer, context, Encoder);
        if (!rendering.IsCompletedSuccessfully)
        {
            rendering.AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>Renders a template that is a whole file by itself (feeds, robots.txt).</summary>
    public string RenderStandalone(string path, PageView page, object model) =>
        Template(path).Render(NewContext(page, model), NullEncoder.Default);

    /// <summary>True when the theme has a template.</summary>
    public bool Has(string path) => _theme.Has(path);

    private TemplateContext NewContext(PageView page, object model)
    {
        var context = new TemplateContext(_options);
        context.SetValue("site", _site);
        context.SetValue("base", _site.Base);
        context.SetValue("t", _strings.Values);
        context.SetValue("page", page);
        context.SetValue("m", model);
        return context;
    }

    private IFluidTemplate Template(string path) =>
        _templates.GetOrAdd(path, p => new Lazy<IFluidTemplate>(() => Parse(p))).Value;

    private IFluidTemplate Parse(string path)
    {
        if (!_theme.Has(path))
        {
            throw new TemplateException($"theme/{path}", "模板文件不存在。");
        }

        return _parser.TryParse(_theme.ReadText(path), out var template, out var error)
            ? template
            : throw new TemplateException($"theme/{path}", error);
    }
}

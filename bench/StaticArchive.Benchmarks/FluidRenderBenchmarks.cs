using System.Text.Encodings.Web;
using BenchmarkDotNet.Attributes;
using Fluid;

namespace StaticArchive.Benchmarks;

/// <summary>
/// Render phase: one page per document through a Fluid layout that is parsed once and shared, with a fresh
/// <see cref="TemplateContext"/> per render (Fluid's documented lifetimes).
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class FluidRenderBenchmarks
{
    private const string Layout = """
        <!DOCTYPE html>
        <html lang="{{ site.language }}">
        <head><meta charset="utf-8"><title>{{ page.title }} - {{ site.title }}</title></head>
        <body>
        <header><a href="/">{{ site.title }}</a></header>
        <main><article>
        <h1>{{ page.title }}</h1>
        <p class="meta">{{ page.agency }} · <time datetime="{{ page.date }}">{{ page.date }}</time></p>
        {{ page.content | raw }}
        </article>
        <nav><ul>{% for link in page.related %}<li><a href="{{ link.url }}">{{ link.title }}</a></li>{% endfor %}</ul></nav>
        </main>
        </body>
        </html>
        """;

    private readonly FluidParser _parser = new();
    private TemplateOptions _options = null!;
    private IFluidTemplate _template = null!;
    private SiteView _site = null!;
    private PageView _page = null!;

    [GlobalSetup]
    public void Setup()
    {
        _options = new TemplateOptions();
        _options.MemberAccessStrategy.Register<SiteView>();
        _options.MemberAccessStrategy.Register<PageView>();
        _options.MemberAccessStrategy.Register<LinkView>();
        _template = Parse();
        _site = new SiteView("政府信息公开文库", "zh-CN");
        var html = Markdig.Markdown.ToHtml(Samples.Split(Samples.AnnualReport).Body);
        var related = Enumerable.Range(2019, 7)
            .Select(year => new LinkView($"/linzi-gxj/{year}/annual-report-{year}/", $"{year}年政府信息公开工作年度报告"))
            .ToArray();
        _page = new PageView("临淄区工业和信息化局2023年政府信息公开工作年度报告", "临淄区工业和信息化局", "2024-01-26", html, related);
    }

    private IFluidTemplate Parse() =>
        _parser.TryParse(Layout, out var template, out var error)
            ? template
            : throw new InvalidOperationException(error);

    [Benchmark(Baseline = true, Description = "render page, cached template")]
    public string Render_cached_template() => _template.Render(NewContext(), HtmlEncoder.Default);

    [Benchmark(Description = "parse + render per page (anti-pattern)")]
    public string Parse_and_render() => Parse().Render(NewContext(), HtmlEncoder.Default);

    private TemplateContext NewContext()
    {
        var context = new TemplateContext(_options);
        context.SetValue("site", _site);
        context.SetValue("page", _page);
        return context;
    }
}

/// <summary>What a layout may see of the site.</summary>
public sealed record SiteView(string Title, string Language);

/// <summary>What a layout may see of one document page.</summary>
public sealed record PageView(string Title, string Agency, string Date, string Content, IReadOnlyList<LinkView> Related);

/// <summary>A link to another page.</summary>
public sealed record LinkView(string Url, string Title);

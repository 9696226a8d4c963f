using BenchmarkDotNet.Attributes;
using StaticArchive.Build;
using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.IO;
using StaticArchive.Markdown;
using StaticArchive.Pages;
using StaticArchive.Tables.Html;
using StaticArchive.Theme;
using StaticArchive.Theme.Models;

namespace StaticArchive.Benchmarks;

/// <summary>
/// Render phase: a document page through the builder's <see cref="TemplateEngine"/> (Fluid, default theme, parsed
/// templates cached, a fresh context per render), set up the way <see cref="SiteBuilder"/> sets it up.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private TemplateEngine _engine = null!;
    private ThemeFiles _theme = null!;
    private UiStrings _strings = null!;
    private SiteView _site = null!;
    private PageSpec _reportPage = null!;
    private PageSpec _proposalPage = null!;

    [GlobalSetup]
    public void Setup()
    {
        MemoryFileSystem files = InMemorySite.Create(agencies: 1);
        var paths = new ContentPaths(InMemorySite.Content);
        var diagnostics = new DiagnosticBag();
        var content = ContentDiscovery.Discover(files, paths, diagnostics);
        var urls = new SiteUrls(content.Settings.BaseUrl);
        _theme = ThemeFiles.Load(files, siteThemeFolder: null);
        _strings = UiStrings.Load(_theme, content.Settings.Language, diagnostics);
        _site = new SiteView(content.Settings.Title, content.Settings.Description, content.Settings.Language, urls.BasePath, content.Settings.Footer, content.Settings.Repository);
        _engine = new TemplateEngine(_theme, _strings, _site);
        var archive = new Archive(content.Settings, content.Agencies, []);
        var page = new DocumentPage(archive, new ViewFactory(archive, urls, _strings));
        var transformer = new DocumentTransformer(files, paths, MarkdownPipelineFactory.Create(), TableWords.From(_strings));
        PageSpec Build(string name) =>
            page.Build(transformer.Transform(content.Documents.Single(d => d.Path.EndsWith(name, StringComparison.Ordinal)), diagnostics)
                ?? throw new InvalidOperationException(string.Join('\n', diagnostics.ToSortedList())));
        _reportPage = Build("annual-report-2023.md");
        _proposalPage = Build("npc-suggestion-165.md");
        Render_report();   // parse and cache the templates outside the measurement
    }

    [Benchmark(Baseline = true, Description = "TemplateEngine.Render: annual report page")]
    public string Render_report() => _engine.Render(_reportPage.Layout, _reportPage.Page, _reportPage.Model);

    [Benchmark(Description = "TemplateEngine.Render: proposal page")]
    public string Render_proposal() => _engine.Render(_proposalPage.Layout, _proposalPage.Page, _proposalPage.Model);

    [Benchmark(Description = "new engine per page: templates parsed every time (anti-pattern)")]
    public string Render_with_fresh_engine() =>
        new TemplateEngine(_theme, _strings, _site).Render(_reportPage.Layout, _reportPage.Page, _reportPage.Model);
}

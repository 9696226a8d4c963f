using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.History;
using StaticArchive.Incremental;
using StaticArchive.IO;
using StaticArchive.Markdown;
using StaticArchive.Output;
using StaticArchive.Pages;
using StaticArchive.Render;
using StaticArchive.Sitemap;
using StaticArchive.Theme;
using StaticArchive.Theme.Models;

namespace StaticArchive.Build;

/// <summary>
/// Runs the phases: Load → Transform → Aggregate → Render → Write. Documents are transformed and their pages
/// rendered in parallel batches (<see cref="DocumentPass"/>); features see documents in a stable order, so
/// output never depends on thread timing.
/// </summary>
public sealed class SiteBuilder(IFileSystem files)
{
    /// <summary>Reports progress ("transform 256/1000") to a shell that wants it.</summary>
    public Action<string, int, int>? Progress { get; init; }

    /// <summary>State kept between builds of one process (the dev server); null means a fresh one per build.</summary>
    public IncrementalSession? Session { get; init; }

    /// <summary>Runs every phase but writes nothing (<c>check</c>).</summary>
    public bool DryRun { get; init; }

    /// <summary>Where revision histories come from; null means none (front-matter dates only).</summary>
    public IDocumentHistory? History { get; init; }

    /// <summary>Builds the site. On any error the previous output stays exactly as it was.</summary>
    public BuildResult Build(BuildOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var paths = new ContentPaths(options.Content);

        // A one-off build whose inputs and output are exactly as the last successful build left them has
        // nothing to do (the dev server keeps its own state and always builds).
        var stampFile = BuildStamp.PathFor(options);
        var stamped = Session is null && !DryRun;
        var previous = stamped ? BuildStamp.Load(files, stampFile) : null;
        string? InputsNow() => BuildStamp.InputsOf(files, options, History ?? DocumentHistory.None);
        string? inputs = null;
        if (previous is not null && previous.Holds(files, InputsNow, options, out inputs))
        {
            return previous.Result(clock.Elapsed);
        }

        // Without a stamp to compare with, the inputs are only needed for the new stamp at the end: fingerprint
        // them beside the single-threaded discovery instead of before it.
        var inputsForStamp = !stamped ? null : previous is not null ? Task.FromResult(inputs) : Task.Run(InputsNow, cancellationToken);

        // Load
        var content = ContentDiscovery.Discover(files, paths, diagnostics);
        var urls = new SiteUrls(options.BaseUrl ?? content.Settings.BaseUrl);
        var theme = ThemeFiles.Load(files, options.Theme);
        var strings = UiStrings.Load(theme, content.Settings.Language, diagnostics);
        var site = new SiteView(content.Settings.Title, content.Settings.Description, content.Settings.Language, urls.BasePath, content.Settings.Footer, content.Settings.Repository);
        var engine = new TemplateEngine(theme, strings, site);
        var session = Session ?? new IncrementalSession();
        session.DerivedFiles.BeginBuild();
        var output = new IncrementalOutput(files, options.Output, DryRun) { Derived = Session is null || DryRun ? null : session.DerivedFiles };
        var cacheFile = IncrementalSession.PageCacheFile(options.Content, options.Output);
        var globalKey = GlobalKey(theme, strings, site, options);
        var cache = session.StartPages(files, cacheFile, globalKey);
        var renderer = new PageRenderer(engine, output, cache);
        session.Transforms.BeginBuild(content.Documents);
        session.DocumentKeys.BeginBuild();
        var history = History ?? DocumentHistory.None;
        var documentContext = DocumentPageContext(globalKey, content, history);
        var context = new AggregateContext(files, paths, urls, diagnostics, content.Agencies, strings);
        var features = ArchiveFeatures.Create();

        try
        {
            // Transform + render each document page
            var partial = new Archive(content.Settings, content.Agencies, []);
            var pass = new DocumentPass(files, diagnostics, session)
            {
                KeptSession = Session,
                Transformer = new DocumentTransformer(files, paths, MarkdownPipelineFactory.Create()),
                DocumentPage = new DocumentPage(partial, new ViewFactory(partial, urls, strings), history),
                Renderer = renderer,
                Output = output,
                DocumentContext = documentContext,
                Progress = Progress,
            };
            pass.Run(content.Documents, features, context, partial, paths, cancellationToken);
            var (documents, reports) = (pass.Documents, pass.Reports);

            // Aggregate
            context.Archive = new Archive(content.Settings, content.Agencies, documents, reports);
            context.Views = new ViewFactory(context.Archive, urls, strings);
            var pageUrls = new List<SitemapWriter.Entry>();
            var pages = Pages(features, context, p =>
            {
                if (p.Layout != "404")
                {
                    pageUrls.Add(new SitemapWriter.Entry(p.Page.Url[urls.BasePath.Length..], null));
                }
            });

            // Render + Write: pages in parallel, and beside them each feature's files (search index, datasets),
            // written as they are produced rather than gathered first, so both cores work and memory stays flat.
            // Page specs are made as the renderers ask for them, not all first, so the listing pages' view models
            // (several per document) are not all alive until the last page is rendered. The sitemap needs their URLs, so it is written after them.
            var parallel = new ParallelOptions { CancellationToken = cancellationToken };
            var work = features
                .Select(f => (Action)(() => WriteAll(output, f.Files(context), parallel)))
                .Prepend(() =>
                {
                    Parallel.ForEach(pages, parallel, renderer.Render);
                    var sitemap = pageUrls.Concat(documents.Select(d => new SitemapWriter.Entry(d.Url, history.LastUpdated(d) ?? d.Date)));
                    WriteAll(output, SitemapWriter.Write(sitemap, urls), parallel);
                });
            Parallel.Invoke(parallel, [.. work]);
            CopyThemeFiles(theme, output);
        }
        catch (Exception ex) when (TemplateErrors(ex) is { Count: > 0 } errors)
        {
            // Pages render in parallel, so one broken layout surfaces once per page that uses it.
            foreach (var error in errors.DistinctBy(e => (e.File, e.Message)))
            {
                diagnostics.Error(DiagnosticCodes.TemplateError, error.File, 0, 0, $"模板错误：{error.Message}", "改正主题模板；删掉站点 theme/ 里的同名文件即可恢复默认主题。");
            }
        }

        var sorted = diagnostics.ToSortedList();
        var failed = sorted.Any(d => d.Severity == Severity.Error);
        var written = failed ? 0 : output.Written.Count;
        var pagesWritten = failed ? 0 : output.Written.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
        if (failed || DryRun)
        {
            output.Discard();
        }
        else
        {
            output.Commit();
            session.DerivedFiles.Advance(files, options.Output);
            cache.Save(files, cacheFile);
            session.Pages = cache.Advance();
            if (inputsForStamp?.GetAwaiter().GetResult() is { } stampInputs)
            {
                BuildStamp.Of(files, stampInputs, options, content.Documents.Count, sorted).Save(files, stampFile);
            }
        }

        return new BuildResult(sorted, content.Documents.Count, pagesWritten, written, clock.Elapsed, renderer.Rendered)
        {
            OutputPaths = [.. output.Written.Order(StringComparer.Ordinal)],
            ChangedFiles = failed ? [] : output.Changed,
        };
    }

    // Every feature's pages in order; Parallel.ForEach pulls them one at a time under its lock, so
    // <paramref name="seen"/> sees them in this order, on one thread at a time.
    private static IEnumerable<PageSpec> Pages(IReadOnlyList<IArchiveFeature> features, AggregateContext context, Action<PageSpec> seen)
    {
        foreach (var feature in features)
        {
            foreach (var page in feature.Pages(context))
            {
                seen(page);
                yield return page;
            }
        }
    }

    private static List<TemplateException> TemplateErrors(Exception ex) => ex switch
    {
        TemplateException t => [t],
        AggregateException a => [.. a.Flatten().InnerExceptions.OfType<TemplateException>()],
        _ => [],
    };

    // A feature's files are written in parallel too: one feature (open data: two files per report) was a
    // single-threaded tail of several seconds after the pages had finished. One file at a time from the
    // feature's sequence, so a feature that makes files as it goes (the search index) never has many waiting.
    private static void WriteAll(IncrementalOutput output, IEnumerable<OutputFile> files, ParallelOptions parallel) =>
        Parallel.ForEach(Partitioner.Create(files, EnumerablePartitionerOptions.NoBuffering), parallel, output.Write);

    private static void CopyThemeFiles(ThemeFiles theme, IncrementalOutput output)
    {
        foreach (var path in theme.Under("assets/"))
        {
            output.Write(path, theme.Read(path));
        }

        foreach (var path in theme.Under("static/"))
        {
            output.Write(path["static/".Length..], theme.Read(path));
        }
    }

    // Everything a document page depends on besides its transformed document: it is built from a partial
    // archive (settings and agencies, no other documents) and the history. Null (nothing remembered) when the
    // history cannot say whether it changed.
    private static string? DocumentPageContext(string globalKey, SiteContent content, IDocumentHistory history) =>
        history.Fingerprint is { } revisions
            ? RenderKeys.Hash(globalKey, RenderKeys.Serialize(content.Settings), RenderKeys.Serialize(content.Agencies), revisions)
            : null;

    // Everything every page depends on besides its own view models.
    private static string GlobalKey(ThemeFiles theme, UiStrings strings, SiteView site, BuildOptions options) =>
        RenderKeys.Hash(
            RenderKeys.ToolVersion,
            RenderKeys.HashBytes(theme.Paths.Order(StringComparer.Ordinal).SelectMany(p => new[] { Encoding.UTF8.GetBytes(p), theme.Read(p) })),
            RenderKeys.Serialize(strings.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList()),
            RenderKeys.Serialize(site),
            options.BaseUrl);
}

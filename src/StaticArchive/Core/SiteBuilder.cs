using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using StaticArchive.Content;
using StaticArchive.Documents;
using StaticArchive.IO;
using StaticArchive.Markdown;
using StaticArchive.Output;
using StaticArchive.Pages;
using StaticArchive.Sitemap;
using StaticArchive.Theme;
using StaticArchive.Theme.Models;

namespace StaticArchive.Core;

/// <summary>
/// Runs the phases: Load → Transform → Aggregate → Render → Write. Documents are transformed and their pages
/// rendered in parallel batches, so memory holds metadata, not every body; features see documents in a
/// stable order, so output never depends on thread timing.
/// </summary>
public sealed class SiteBuilder(IFileSystem files)
{
    private const int BatchSize = 256;

    /// <summary>Reports progress ("transform 256/1000") to a shell that wants it.</summary>
    public Action<string, int, int>? Progress { get; init; }

    /// <summary>Builds the site. On any error the previous output stays exactly as it was.</summary>
    public BuildResult Build(BuildOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var paths = new ContentPaths(options.Content);

        // Load
        var content = ContentDiscovery.Discover(files, paths, diagnostics);
        var urls = new SiteUrls(options.BaseUrl ?? content.Settings.BaseUrl);
        var theme = ThemeFiles.Load(files, options.Theme);
        var strings = UiStrings.Load(theme, content.Settings.Language);
        var site = new SiteView(content.Settings.Title, content.Settings.Description, content.Settings.Language, urls.BasePath, content.Settings.Footer, content.Settings.Repository);
        var engine = new TemplateEngine(theme, strings, site);
        var output = new StagedOutput(files, options.Output);
        var context = new AggregateContext(files, paths, urls, diagnostics, content.Agencies, strings);
        var features = ArchiveFeatures.Create();
        var rendered = new ConcurrentBag<string>();

        try
        {
            // Transform + render each document page
            var partial = new Archive(content.Settings, content.Agencies, []);
            var documentViews = new ViewFactory(partial, urls, strings);
            var documentPage = new DocumentPage(partial, documentViews);
            var transformer = new DocumentTransformer(files, paths, MarkdownPipelineFactory.Create());
            var documents = new List<Document>();
            var reports = new List<Tables.ReportEntry>();
            var claimed = new ConcurrentDictionary<string, ConcurrentBag<string>>(StringComparer.Ordinal);
            foreach (var batch in content.Documents.Chunk(BatchSize))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var results = new TransformedDocument?[batch.Length];
                Parallel.For(0, batch.Length, new ParallelOptions { CancellationToken = cancellationToken }, i =>
                {
                    var transformed = transformer.Transform(batch[i], diagnostics);
                    if (transformed is null || !Claim(claimed, transformed.Document))
                    {
                        return;
                    }

                    results[i] = transformed;
                    Render(engine, documentPage.Build(transformed), output, rendered, diagnostics);
                    CopyAttachments(transformed.Document, output);
                });
                foreach (var transformed in results.OfType<TransformedDocument>())
                {
                    documents.Add(transformed.Document);
                    if (transformed.Report is { } report)
                    {
                        var d = transformed.Document;
                        reports.Add(new Tables.ReportEntry(d.AgencySlug, partial.AgencyBySlug[d.AgencySlug].Name, d.Year, d.Url, report, paths.Display(d.DataFilePath!)));
                    }

                    foreach (var feature in features)
                    {
                        feature.Observe(transformed, context);
                    }
                }

                Progress?.Invoke("transform", documents.Count, content.Documents.Count);
            }

            ReportDuplicates(claimed, diagnostics);

            // Aggregate
            context.Archive = new Archive(content.Settings, content.Agencies, documents, reports);
            context.Views = new ViewFactory(context.Archive, urls, strings);
            var pages = features.SelectMany(f => f.Pages(context)).ToList();
            var extraFiles = features.SelectMany(f => f.Files(context)).ToList();
            var sitemap = pages
                .Where(p => p.Layout != "404")
                .Select(p => new SitemapWriter.Entry(p.Page.Url[urls.BasePath.Length..], null))
                .Concat(documents.Select(d => new SitemapWriter.Entry(d.Url, d.Date)));
            extraFiles.AddRange(SitemapWriter.Write(sitemap, urls));

            // Render + Write
            Parallel.ForEach(pages, new ParallelOptions { CancellationToken = cancellationToken }, page => Render(engine, page, output, rendered, diagnostics));
            foreach (var file in extraFiles)
            {
                output.Write(file.Path, file.Content);
            }

            CopyThemeFiles(theme, output);
        }
        catch (TemplateException ex)
        {
            diagnostics.Error(DiagnosticCodes.TemplateError, ex.File, 0, 0, $"模板错误：{ex.Message}", "改正主题模板；删掉站点 theme/ 里的同名文件即可恢复默认主题。");
        }

        var sorted = diagnostics.ToSortedList();
        var failed = sorted.Any(d => d.Severity == Severity.Error);
        var written = failed ? 0 : output.Written.Count;
        var pagesWritten = failed ? 0 : output.Written.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
        if (failed)
        {
            output.Discard();
        }
        else
        {
            output.Commit();
        }

        return new BuildResult(sorted, content.Documents.Count, pagesWritten, written, clock.Elapsed, [.. rendered.Order(StringComparer.Ordinal)]);
    }

    private static bool Claim(ConcurrentDictionary<string, ConcurrentBag<string>> claimed, Document document)
    {
        var owners = claimed.GetOrAdd(document.Url, _ => []);
        lock (owners)
        {
            owners.Add(document.DisplayPath);
            return owners.Count == 1;
        }
    }

    private static void ReportDuplicates(ConcurrentDictionary<string, ConcurrentBag<string>> claimed, DiagnosticBag diagnostics)
    {
        foreach (var (url, owners) in claimed.Where(c => c.Value.Count > 1))
        {
            var sorted = owners.Order(StringComparer.Ordinal).ToList();
            foreach (var path in sorted.Skip(1))
            {
                diagnostics.Error(
                    DiagnosticCodes.DuplicateUrl, path, 1, 1,
                    $"与 {sorted[0]} 的网址相同（/{url}）：同一机关同一年份里文件名不能重复，子文件夹不算。",
                    "给其中一个文件改名，例如加上编号 `npc-19-2.md`。");
            }
        }
    }

    private static void Render(TemplateEngine engine, PageSpec page, StagedOutput output, ConcurrentBag<string> rendered, DiagnosticBag diagnostics)
    {
        var html = engine.Render(page.Layout, page.Page, page.Model);
        output.Write(page.OutputPath, Encoding.UTF8.GetBytes(html));
        rendered.Add(page.OutputPath);
    }

    private static void CopyAttachments(Document document, StagedOutput output)
    {
        foreach (var attachment in document.Attachments)
        {
            output.Copy(attachment.SourcePath, document.Url + attachment.File.Replace('\\', '/'));
        }
    }

    private static void CopyThemeFiles(ThemeFiles theme, StagedOutput output)
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
}

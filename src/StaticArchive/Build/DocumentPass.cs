using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.History;
using StaticArchive.IO;
using StaticArchive.Markdown;
using StaticArchive.Pages;
using StaticArchive.Tables;

namespace StaticArchive.Build;

/// <summary>
/// Transform + render of the document pages, in parallel batches, so memory holds metadata and not every body.
/// Features observe each batch in document order, on one task at a time, while the next batch is transformed,
/// so the output never depends on thread timing.
/// </summary>
internal sealed class DocumentPass
{
    private const int BatchSize = 256;

    private readonly IFileSystem _files;
    private readonly LoadedSite _site;
    private readonly IncrementalRun _run;
    private readonly DiagnosticBag _diagnostics;
    private readonly Archive _partial;
    private readonly DocumentTransformer _transformer;
    private readonly DocumentPage _page;
    private readonly UrlClaims _claims = new();

    public DocumentPass(IFileSystem files, LoadedSite site, IncrementalRun run, DiagnosticBag diagnostics, IDocumentHistory history)
    {
        _files = files;
        _site = site;
        _run = run;
        _diagnostics = diagnostics;
        _partial = new Archive(site.Content.Settings, site.Content.Agencies, []);
        _transformer = new DocumentTransformer(files, site.Paths, MarkdownPipelineFactory.Create(), site.TableWords);
        _page = new DocumentPage(_partial, new ViewFactory(_partial, site.Urls, site.Strings), history);
    }

    public Action<string, int, int>? Progress { get; init; }

    /// <summary>True for a preview (<c>serve</c>): drafts are published like the rest, marked 草稿.</summary>
    public bool ShowDrafts { get; init; }

    /// <summary>The documents transformed, in document order.</summary>
    public List<Document> Documents { get; } = [];

    /// <summary>The annual reports among them, in document order.</summary>
    public List<ReportEntry> Reports { get; } = [];

    public void Run(IReadOnlyList<IArchiveFeature> features, AggregateContext context, CancellationToken cancellationToken)
    {
        var sources = _site.Content.Documents;
        var observing = Task.CompletedTask;
        var transformedCount = 0;
        foreach (var batch in sources.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var results = new TransformedDocument?[batch.Length];
            Parallel.For(0, batch.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = TransformAndRender(batch[i], cancellationToken));
            observing.GetAwaiter().GetResult();
            observing = Task.Run(() => Observe(results, features, context), cancellationToken);
            transformedCount += results.Count(r => r is not null);
            Progress?.Invoke("transform", transformedCount, sources.Count);
        }

        observing.GetAwaiter().GetResult();
        _claims.Report(_diagnostics);
    }

    private TransformedDocument? TransformAndRender(DocumentSource source, CancellationToken cancellationToken)
    {
        var transformed = Transform(source, cancellationToken);
        if (transformed is null || !_claims.Claim(transformed.Document))
        {
            return null;
        }

        if (IsLeftOut(transformed))
        {
            return transformed; // no page, no attachments: the features hear of it as a draft only
        }

        var page = _page.Build(transformed);
        var renderer = _run.Renderer;
        renderer.Render(page, _run.Session.DocumentKeys.KeyOf(transformed, _run.DocumentContext, () => renderer.KeyOf(page)));
        foreach (var attachment in transformed.Document.Attachments)
        {
            _run.Output.Copy(attachment.SourcePath, transformed.Document.Url + attachment.File.Replace('\\', '/'));
        }

        return transformed;
    }

    // A document the transform fails on unexpectedly is reported at its file; the other documents go on.
    private TransformedDocument? Transform(DocumentSource source, CancellationToken cancellationToken)
    {
        try
        {
            return _run.KeptSession is { } kept
                ? kept.Transforms.GetOrTransform(_files, source, _diagnostics, bag => _transformer.Transform(source, bag))
                : _transformer.Transform(source, _diagnostics);
        }
        catch (Exception ex) when (UnexpectedErrors.AreReported(ex, cancellationToken))
        {
            UnexpectedErrors.Report(ex, _site.Paths.Display(source.Path), _diagnostics);
            return null;
        }
    }

    private void Observe(TransformedDocument?[] results, IReadOnlyList<IArchiveFeature> features, AggregateContext context)
    {
        foreach (var transformed in results.OfType<TransformedDocument>())
        {
            if (IsLeftOut(transformed))
            {
                foreach (var observer in features.OfType<IDraftObserver>())
                {
                    observer.ObserveDraft(transformed, context);
                }

                continue;
            }

            Documents.Add(transformed.Document);
            if (transformed.Report is { } report)
            {
                var d = transformed.Document;
                Reports.Add(new ReportEntry(d.AgencySlug, _partial.AgencyBySlug[d.AgencySlug].Name, d.Year, d.Url, report, _site.Paths.Display(d.DataFilePath!), d.Sample, d.Source?.Url));
            }

            foreach (var feature in features)
            {
                feature.Observe(transformed, context);
            }
        }
    }

    private bool IsLeftOut(TransformedDocument transformed) => transformed.Document.Draft is not null && !ShowDrafts;
}

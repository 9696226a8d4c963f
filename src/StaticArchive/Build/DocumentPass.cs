using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.Incremental;
using StaticArchive.IO;
using StaticArchive.Output;
using StaticArchive.Pages;
using StaticArchive.Render;
using StaticArchive.Tables;

namespace StaticArchive.Build;

/// <summary>
/// Transform + render of the document pages, in parallel batches, so memory holds metadata and not every body.
/// Features observe each batch in document order, on one task at a time, while the next batch is transformed
/// (observing between batches was a single-threaded pause), so the output never depends on thread timing.
/// </summary>
internal sealed class DocumentPass(IFileSystem files, DiagnosticBag diagnostics, IncrementalSession session)
{
    private const int BatchSize = 256;

    private readonly UrlClaims _claims = new();

    /// <summary>Null for a one-off build; the dev server's session keeps transformed bodies between builds.</summary>
    public required IncrementalSession? KeptSession { get; init; }

    public required DocumentTransformer Transformer { get; init; }

    public required DocumentPage DocumentPage { get; init; }

    public required PageRenderer Renderer { get; init; }

    public required IncrementalOutput Output { get; init; }

    /// <summary>Everything a document page depends on besides its document (see <see cref="DocumentPageKeys"/>).</summary>
    public required string? DocumentContext { get; init; }

    public Action<string, int, int>? Progress { get; init; }

    /// <summary>The documents transformed, in document order.</summary>
    public List<Document> Documents { get; } = [];

    /// <summary>The annual reports among them, in document order.</summary>
    public List<ReportEntry> Reports { get; } = [];

    public void Run(IReadOnlyList<DocumentSource> sources, IReadOnlyList<IArchiveFeature> features, AggregateContext context,
        Archive partial, ContentPaths paths, CancellationToken cancellationToken)
    {
        var observing = Task.CompletedTask;
        var transformedCount = 0;
        foreach (var batch in sources.Chunk(BatchSize))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var results = new TransformedDocument?[batch.Length];
            Parallel.For(0, batch.Length, new ParallelOptions { CancellationToken = cancellationToken }, i => results[i] = TransformAndRender(batch[i]));
            observing.GetAwaiter().GetResult();
            observing = Task.Run(() => Observe(results, features, context, partial, paths), cancellationToken);
            transformedCount += results.Count(r => r is not null);
            Progress?.Invoke("transform", transformedCount, sources.Count);
        }

        observing.GetAwaiter().GetResult();
        _claims.Report(diagnostics);
    }

    private TransformedDocument? TransformAndRender(DocumentSource source)
    {
        var transformed = KeptSession is null
            ? Transformer.Transform(source, diagnostics)
            : KeptSession.Transforms.GetOrTransform(files, source, diagnostics, bag => Transformer.Transform(source, bag));
        if (transformed is null || !_claims.Claim(transformed.Document))
        {
            return null;
        }

        var page = DocumentPage.Build(transformed);
        Renderer.Render(page, session.DocumentKeys.KeyOf(transformed, DocumentContext, () => Renderer.KeyOf(page)));
        foreach (var attachment in transformed.Document.Attachments)
        {
            Output.Copy(attachment.SourcePath, transformed.Document.Url + attachment.File.Replace('\\', '/'));
        }

        return transformed;
    }

    private void Observe(TransformedDocument?[] results, IReadOnlyList<IArchiveFeature> features, AggregateContext context, Archive partial, ContentPaths paths)
    {
        foreach (var transformed in results.OfType<TransformedDocument>())
        {
            Documents.Add(transformed.Document);
            if (transformed.Report is { } report)
            {
                var d = transformed.Document;
                Reports.Add(new ReportEntry(d.AgencySlug, partial.AgencyBySlug[d.AgencySlug].Name, d.Year, d.Url, report, paths.Display(d.DataFilePath!)));
            }

            foreach (var feature in features)
            {
                feature.Observe(transformed, context);
            }
        }
    }
}

using StaticArchive.Build;
using StaticArchive.Content;
using StaticArchive.Documents;

namespace StaticArchive.Checks;

/// <summary>
/// What the build checks for editors beyond reading the content: links and anchors between documents, files
/// linked but missing or unpublished, files nobody uses, and report cells not yet filled in. It observes the
/// transformed documents and checks their links once the whole site is written, so <c>check</c> (a dry run of
/// the same build) and <c>build</c> report the same problems.
/// </summary>
internal sealed class ChecksFeature : IArchiveFeature, IDraftObserver
{
    private readonly List<(Document Document, DocumentLinks Links)> _documents = [];
    private readonly List<Document> _drafts = [];

    /// <inheritdoc/>
    public void Observe(TransformedDocument document, AggregateContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        _documents.Add((document.Document, document.Links));
        BlankCells(document, context);
    }

    /// <inheritdoc/>
    public void ObserveDraft(TransformedDocument document, AggregateContext context)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(context);
        _drafts.Add(document.Document);
        BlankCells(document, context);
    }

    /// <inheritdoc/>
    public void Verify(AggregateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var links = new LinkChecks(context.Files, context.OutputPaths, _documents, context.Urls.BasePath);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (document, documentLinks) in _documents)
        {
            links.Check(document, documentLinks, referenced, context.Diagnostics);
            referenced.UnionWith(document.Attachments.Select(a => a.SourcePath));
            if (document.DataFilePath is { } data)
            {
                referenced.Add(data);
            }
        }

        // A draft's attachments are in use: they are published with it once it is finished.
        referenced.UnionWith(_drafts.SelectMany(d => d.Attachments.Select(a => a.SourcePath)));
        foreach (var file in context.Content.OtherFiles.Where(f => !referenced.Contains(f) && !IsDataFile(context, f)))
        {
            context.Diagnostics.Warning(
                CheckCodes.UnreferencedFile, context.Paths.Display(file), 0, 0,
                "没有任何文档用到这个文件，它不会出现在网站上。",
                "在文档 front matter 的 attachments 里列出它，或在正文里链接它；不需要就删掉。");
        }
    }

    private static void BlankCells(TransformedDocument document, AggregateContext context)
    {
        if (document.Report is { } report && document.Document.DataFilePath is { } data)
        {
            EditorChecks.BlankCells(report, context.Paths.Display(data), context.Diagnostics);
        }
    }

    // A .yml beside a .md of the same name is that document's data file even when the document failed to load.
    private static bool IsDataFile(AggregateContext context, string file) =>
        file.EndsWith(".yml", StringComparison.Ordinal) && context.Files.FileExists(Path.ChangeExtension(file, ".md"));
}

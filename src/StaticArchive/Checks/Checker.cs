using StaticArchive.Build;
using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.IO;
using StaticArchive.Markdown;

namespace StaticArchive.Checks;

/// <summary>
/// <c>check</c>: runs the build's own Load, Transform, Aggregate and Render as a dry run (so front matter, data
/// files, table rules and duplicate URLs are validated by the very code that builds), then adds what only an
/// editor needs: internal links and anchors, files linked but missing or unpublished, files nobody uses,
/// blank report cells, 【待填写】 markers and empty proposal fields. Writes nothing.
/// </summary>
public sealed class Checker(IFileSystem files)
{
    /// <summary>Checks a site.</summary>
    public CheckResult Check(BuildOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var build = new SiteBuilder(files) { DryRun = true }.Build(options, cancellationToken);
        var found = new DiagnosticBag();
        foreach (var d in build.Diagnostics)
        {
            found.Add(d);
        }

        var paths = new ContentPaths(options.Content);
        var scratch = new DiagnosticBag(); // the build reported these already
        var content = ContentDiscovery.Discover(files, paths, scratch);
        var pipeline = MarkdownPipelineFactory.Create();
        var documents = new List<(Document Document, DocumentLinks Links)>();
        foreach (var source in content.Documents)
        {
            if (DocumentLoader.Load(files, paths, source.Agency, source.Year, source.Path, scratch) is { } loaded)
            {
                documents.Add((loaded.Document, DocumentLinks.Read(loaded.Body, loaded.Document.BodyFirstLine, pipeline)));
            }
        }

        var basePath = new SiteUrls(options.BaseUrl ?? content.Settings.BaseUrl).BasePath;
        var links = new LinkChecks(files, build.OutputPaths, documents, basePath);
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (document, documentLinks) in documents)
        {
            links.Check(document, documentLinks, referenced, found);
            referenced.UnionWith(document.Attachments.Select(a => a.SourcePath));
            if (document.DataFilePath is { } data)
            {
                referenced.Add(data);
                EditorChecks.BlankCells(files, paths, data, found);
            }

            EditorChecks.Placeholders(files, document.SourcePath, document.DisplayPath, found);
            EditorChecks.ProposalFields(files, document, found);
        }

        foreach (var agency in content.Agencies)
        {
            EditorChecks.Placeholders(files, agency.SourcePath, paths.Display(agency.SourcePath), found);
        }

        foreach (var file in content.OtherFiles.Where(f => !referenced.Contains(f) && !IsDataFile(f)))
        {
            found.Warning(
                CheckCodes.UnreferencedFile, paths.Display(file), 0, 0,
                "没有任何文档用到这个文件，它不会出现在网站上。",
                "在文档 front matter 的 attachments 里列出它，或在正文里链接它；不需要就删掉。");
        }

        return new CheckResult(found.ToSortedList(), build.Documents);
    }

    // A .yml beside a .md of the same name is that document's data file even when the document failed to load.
    private bool IsDataFile(string file) => file.EndsWith(".yml", StringComparison.Ordinal) && files.FileExists(Path.ChangeExtension(file, ".md"));
}

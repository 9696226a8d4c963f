using Markdig;
using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.IO;
using StaticArchive.Markdown;

namespace StaticArchive.Documents;

/// <summary>
/// The Transform phase for one document: front matter, Markdown through the shared frozen pipeline, the
/// tables placed in it, the plain text for search and the excerpt for listings. Pure per document, so it
/// runs in parallel.
/// </summary>
public sealed class DocumentTransformer(IFileSystem files, ContentPaths paths, MarkdownPipeline pipeline)
{
    private const int ExcerptLength = 120;

    /// <summary>Transforms one document, or returns null (having reported why) when it cannot be published.</summary>
    public TransformedDocument? Transform(DocumentSource source, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        var loaded = DocumentLoader.Load(files, paths, source.Agency, source.Year, source.Path, diagnostics);
        if (loaded is null)
        {
            return null;
        }

        var document = loaded.Document;
        var ast = Markdig.Markdown.Parse(loaded.Body, pipeline);
        var data = DocumentData.Apply(files, paths, document, source.Agency, ast, diagnostics);
        var html = ast.ToHtml(pipeline);
        var text = PlainText.Extract(ast, DocumentData.TextOf);
        var excerpt = Cjk.Truncate(Collapse(document.Summary ?? FirstParagraph(text)), ExcerptLength);
        return new TransformedDocument(document with { Summary = excerpt }, html, text, data.NoticeHtml, excerpt, data.Report);
    }

    private static string FirstParagraph(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length >= 20 && !trimmed.StartsWith("示例数据", StringComparison.Ordinal))
            {
                return trimmed;
            }
        }

        return text.Trim();
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
}

using System.Globalization;
using Markdig;
using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.Drafts;
using StaticArchive.IO;
using StaticArchive.Markdown;
using StaticArchive.Safety;
using StaticArchive.Tables.Html;

namespace StaticArchive.Documents;

/// <summary>
/// The Transform phase for one document: front matter, Markdown through the shared frozen pipeline, the
/// tables placed in it, the plain text for search and the excerpt for listings. Pure per document, so it
/// runs in parallel.
/// </summary>
internal sealed class DocumentTransformer(IFileSystem files, ContentPaths paths, MarkdownPipeline pipeline, TableWords words)
{
    private const int ExcerptLength = 120;

    /// <summary>
    /// The default of <see cref="MaxPageChars"/>: far more than any reader can use, and far below the 166,666,666
    /// characters System.Text.Json allows one string, which the page's body is when its render key is computed.
    /// </summary>
    public const int DefaultMaxPageChars = 16_000_000;

    /// <summary>The most characters of HTML one document's page body (text and tables) may have.</summary>
    public int MaxPageChars { get; init; } = DefaultMaxPageChars;

    /// <summary>Transforms one document, or returns null (having reported why) when it cannot be published.</summary>
    public TransformedDocument? Transform(DocumentSource source, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(source);
        var loaded = DocumentLoader.Load(files, paths, source.Agency, source.Year, source.Path, diagnostics);
        if (loaded is null)
        {
            return null;
        }

        try
        {
            return Convert(loaded, source, diagnostics);
        }
        catch (Exception ex) when (ex is ArgumentException { Source: "Markdig" } or InsufficientExecutionStackException)
        {
            // Markdig refuses input nested past its depth limit, where it would otherwise overflow the stack.
            diagnostics.Error(
                DiagnosticCodes.MarkdownTooDeep, loaded.Document.DisplayPath, loaded.Document.BodyFirstLine, 1,
                "正文的 Markdown 嵌套太深（引用、列表、方括号或强调符号一层套一层），无法转换成网页。",
                "减少嵌套：> 引用、列表缩进、[ ] 和 * 不要连用成百上千层；需要的话把这段内容做成附件。");
            return null;
        }
    }

    private TransformedDocument? Convert(DocumentLoader.Loaded loaded, DocumentSource source, DiagnosticBag diagnostics)
    {
        var document = loaded.Document;
        var ast = Markdig.Markdown.Parse(loaded.Body, pipeline);
        MarkdownLinks.Neutralise(ast, document.DisplayPath, document.BodyFirstLine, diagnostics);
        RawHtml.Clean(ast, document.DisplayPath, document.BodyFirstLine, diagnostics);
        var links = DocumentLinks.Of(ast, document.BodyFirstLine);
        var data = DocumentData.Apply(files, paths, document, source.Agency, ast, words, diagnostics);
        var draft = DraftRule.WithReport(document.Draft ?? DraftState.None, data.Report);
        if (draft.IsDraft)
        {
            DraftRule.Report(document, draft, diagnostics);
            document = document with { Draft = draft };
        }

        var html = ast.ToHtml(pipeline);
        if (html.Length > MaxPageChars)
        {
            diagnostics.Error(
                DiagnosticCodes.PageTooLarge, document.DisplayPath, document.BodyFirstLine, 1,
                $"这篇文档生成的网页太大：超过 {MaxPageChars.ToString(CultureInfo.InvariantCulture)} 个字符，读者无法正常打开。",
                "请把内容拆成几篇文档，或把很大的表格作为附件（如 CSV）提供。");
            return null;
        }

        var text = PlainText.Extract(ast, DocumentData.TextOf);
        var excerpt = Cjk.Truncate(Collapse(document.Summary ?? FirstParagraph(text)), ExcerptLength);
        return new TransformedDocument(document with { Summary = excerpt }, html, text, data.Inconsistencies, excerpt, data.Report, links);
    }

    // Line by line over the text, since splitting it would make every line of every document a string to keep one.
    private static string FirstParagraph(string text)
    {
        var rest = text.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('\n');
            var line = (end < 0 ? rest : rest[..end]).Trim();
            if (line.Length >= 20)
            {
                return line.ToString();
            }

            if (end < 0)
            {
                return text.Trim();
            }

            rest = rest[(end + 1)..];
        }
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
}

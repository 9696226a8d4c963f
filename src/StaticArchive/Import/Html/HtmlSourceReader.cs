using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using StaticArchive.Import.Sources;

namespace StaticArchive.Import.Html;

/// <summary>
/// Reads a published web page: the article body (not the site's navigation and footer) as paragraphs and
/// tables with their real cell boundaries, and what the page's meta tags and index box state about it.
/// </summary>
internal static class HtmlSourceReader
{
    // Content-management systems of government sites put the article in one of these; the first found wins.
    private static readonly string[] BodySelectors = [".TRS_Editor", ".article_content", "#zoom", "article", ".content"];

    /// <summary>Reads a page from its text.</summary>
    public static SourceDocument Read(string path, string html, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(html);
        var document = new HtmlParser().ParseDocument(html);
        var notes = new List<string>();
        var body = FindBody(document, notes);
        var blocks = new List<SourceBlock>();
        if (body is not null)
        {
            Collect(body, blocks, notes);
        }

        var metadata = HtmlMetadata.Read(document);
        return new SourceDocument(path, "html", metadata, blocks, contentHash, notes);
    }

    private static IElement? FindBody(IHtmlDocument document, List<string> notes)
    {
        foreach (var selector in BodySelectors)
        {
            if (document.QuerySelector(selector) is { } found && found.TextContent.Trim().Length > 0)
            {
                return found;
            }
        }

        // No known container: the element holding the most paragraph text is the article.
        var best = document.QuerySelectorAll("div, td, section, main")
            .Select(e => (Element: e, Score: e.Children.Where(c => c is IHtmlParagraphElement or IHtmlTableElement).Sum(c => c.TextContent.Length)))
            .OrderByDescending(x => x.Score)
            .FirstOrDefault();
        notes.Add("网页没有常见的正文容器，按段落文字最多的区域取正文。");
        return best.Score > 0 ? best.Element : document.Body;
    }

    private static void Collect(IElement element, List<SourceBlock> blocks, List<string> notes)
    {
        var inline = new StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            switch (node)
            {
                case IHtmlTableElement table:
                    Flush(inline, blocks);
                    blocks.Add(ReadTable(table));
                    break;
                case IHtmlScriptElement or IHtmlStyleElement:
                    break;
                case IHtmlImageElement image:
                    notes.Add($"正文中的图片未导入：{image.GetAttribute("src") ?? "(无地址)"}");
                    break;
                case IHtmlBreakRowElement:
                    Flush(inline, blocks);
                    break;
                case IElement child when IsBlock(child):
                    Flush(inline, blocks);
                    Collect(child, blocks, notes);
                    Flush(inline, blocks);
                    break;
                case IElement child:
                    if (child.QuerySelector("table, p, div, br, img") is null)
                    {
                        inline.Append(child.TextContent);
                    }
                    else
                    {
                        Collect(child, blocks, notes);
                    }

                    break;
                case IText text:
                    inline.Append(text.Data);
                    break;
            }
        }

        Flush(inline, blocks);
    }

    private static bool IsBlock(IElement element) => element.LocalName is "p" or "div" or "section" or "article" or "li" or "ul" or "ol"
        or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "blockquote" or "center";

    private static void Flush(StringBuilder inline, List<SourceBlock> blocks)
    {
        var text = CollapseSpaces(inline.ToString());
        inline.Clear();
        if (text.Length > 0)
        {
            blocks.Add(new ParagraphBlock(text));
        }
    }

    private static TableBlock ReadTable(IHtmlTableElement table) =>
        new([.. table.Rows.Select(row => (IReadOnlyList<string>)[.. row.Cells.Select(c => CollapseSpaces(c.TextContent))])]);

    /// <summary>Runs of spaces, no-break spaces and line breaks become one space; the ends are trimmed.</summary>
    internal static string CollapseSpaces(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) && c != '\u3000')
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString().Trim('\u3000', ' ');
    }
}

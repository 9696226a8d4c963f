using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticArchive.Core;

namespace StaticArchive.Safety;

/// <summary>
/// Makes the raw HTML of a parsed document safe before it is rendered (<see cref="HtmlAllowlist"/>): each HTML block
/// and inline tag is rewritten by <see cref="HtmlCleaner"/>, and what it removed is a warning at the node's line.
/// </summary>
internal static class RawHtml
{
    /// <summary>Cleans every HTML block and inline tag of the document in place.</summary>
    public static void Clean(MarkdownDocument ast, string file, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(ast);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var blocks = ast.Descendants<HtmlBlock>().ToList();
        var inlines = ast.Descendants<HtmlInline>().ToList();
        if (blocks.Count + inlines.Count == 0)
        {
            return;
        }

        var cleaner = new HtmlCleaner();
        foreach (var block in blocks)
        {
            var cleaned = cleaner.Block(block.Lines.ToString());
            var removed = block.Type is HtmlBlockType.ProcessingInstruction or HtmlBlockType.DocumentType or HtmlBlockType.CData
                ? cleaned with { Removed = [.. cleaned.Removed, LinkScheme.Shown(block.Lines.Lines[0].Slice.ToString())] }
                : cleaned;
            Report(removed, diagnostics, file, block.Line + bodyFirstLine, block.Column + 1);
            var lines = new StringLineGroup(1);
            lines.Add(new StringSlice(cleaned.Html));
            block.Lines = lines;
        }

        var gone = new HashSet<Inline>(ReferenceEqualityComparer.Instance);
        foreach (var inline in inlines.Where(i => !gone.Contains(i)))
        {
            var cleaned = Inline(cleaner, inline.Tag ?? "");
            DropContent(inline, gone);
            Report(cleaned, diagnostics, file, inline.Line + bodyFirstLine, inline.Column + 1);
            if (cleaned.Html.Length == 0)
            {
                inline.Remove();
            }
            else
            {
                inline.Tag = cleaned.Html;
            }
        }
    }

    // Inside a line, a script or frame's content follows its start tag as separate nodes: it goes too, up to its end tag.
    private static void DropContent(HtmlInline start, HashSet<Inline> gone)
    {
        var tag = start.Tag ?? "";
        var name = new string([.. tag.Skip(1).TakeWhile(char.IsAsciiLetterOrDigit)]).ToLowerInvariant();
        if (tag.StartsWith("</", StringComparison.Ordinal) || !HtmlAllowlist.DroppedWithContent.Contains(name))
        {
            return;
        }

        for (var next = start.NextSibling; next is not null;)
        {
            var after = next.NextSibling;
            var end = next is HtmlInline { Tag: { } t } && t.StartsWith("</" + name, StringComparison.OrdinalIgnoreCase);
            gone.Add(next);
            next.Remove();
            if (end)
            {
                return;
            }

            next = after;
        }
    }

    private static CleanedHtml Inline(HtmlCleaner cleaner, string tag)
    {
        if (tag.StartsWith("</", StringComparison.Ordinal))
        {
            var name = tag[2..^1].Trim().ToLowerInvariant();
            var kept = HtmlAllowlist.Allows(name, inline: true) && !HtmlAllowlist.Void.Contains(name);
            return new CleanedHtml(kept ? $"</{name}>" : "", [], [], false); // its start tag was reported
        }

        if (tag.StartsWith("<!--", StringComparison.Ordinal))
        {
            return new CleanedHtml("", [], [], false);
        }

        return tag.StartsWith("<!", StringComparison.Ordinal) || tag.StartsWith("<?", StringComparison.Ordinal)
            ? new CleanedHtml("", [LinkScheme.Shown(tag)], [], false)
            : cleaner.StartTag(tag);
    }

    private static void Report(CleanedHtml cleaned, DiagnosticBag diagnostics, string file, int line, int column)
    {
        foreach (var (url, scheme, image) in cleaned.Refused)
        {
            MarkdownLinks.Report(diagnostics, file, line, column, url, scheme, image);
        }

        if (cleaned.Removed.Count > 0)
        {
            diagnostics.Warning(
                DiagnosticCodes.UnsafeHtml, file, line, column,
                $"正文里的 HTML {string.Join("、", cleaned.Removed)} 不能发布（可能执行脚本、加载外部内容、改变页面样式或布局），已去掉，其余内容照常显示。",
                "正文尽量用 Markdown 写；需要 HTML 时只用 README“What content may not carry”列出的元素和属性（如 <sup>、<sub>、<br>、<table>、<a href>），不要用 script、iframe、form、style、class、onclick 等。");
        }

        if (cleaned.TooDeep)
        {
            diagnostics.Warning(
                DiagnosticCodes.UnsafeHtml, file, line, column,
                $"正文里的 HTML 嵌套超过 {HtmlCleaner.MaxDepth} 层，更深的部分已去掉。",
                "减少 HTML 的嵌套层数，或改用 Markdown 的列表和表格。");
        }
    }
}

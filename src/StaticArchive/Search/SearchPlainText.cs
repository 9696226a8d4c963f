using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticArchive.Search;

/// <summary>
/// The plain-text convention for <see cref="SearchDocument.Text"/>: blocks are separated by a line break, and a
/// soft line break in the Markdown source becomes nothing when the characters on both sides are wide (CJK or
/// CJK punctuation, as CSS Text 3 removes such segment breaks when rendering) and a space otherwise. So
/// 政府信\n息公开 in the source is found by 政府信息公开, as the reader sees it on the page.
/// </summary>
public static class SearchPlainText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    /// <summary>Converts a Markdown body to search text.</summary>
    public static string FromMarkdown(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var sb = new StringBuilder(markdown.Length);
        foreach (var block in Markdown.Parse(markdown, Pipeline).Descendants<LeafBlock>())
        {
            if (sb.Length > 0)
            {
                sb.Append('\n');
            }
            if (block.Inline is { } inline)
            {
                AppendInlines(sb, inline);
            }
            else
            {
                sb.Append(string.Join('\n', block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString())));
            }
        }
        return sb.ToString();
    }

    /// <summary>Whether a soft line break between these two characters disappears.</summary>
    public static bool JoinsWithoutSpace(int before, int after) => IsWide(before) && IsWide(after);

    private static bool IsWide(int cp) =>
        SearchTokenizer.IsCjk(cp) || cp is (>= 0x3000 and <= 0x303F) or (>= 0xFF00 and <= 0xFFEF);

    private static void AppendInlines(StringBuilder sb, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    sb.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    sb.Append(code.Content);
                    break;
                case LineBreakInline { IsHard: true }:
                    sb.Append('\n');
                    break;
                case LineBreakInline:
                    if (!(sb.Length > 0 && NextChar(inline) is { } next && JoinsWithoutSpace(LastCodePoint(sb), next)))
                    {
                        sb.Append(' ');
                    }
                    break;
                case ContainerInline child:
                    AppendInlines(sb, child);
                    break;
                default:
                    break;
            }
        }
    }

    private static int? NextChar(Inline inline)
    {
        for (var next = inline.NextSibling; next is not null; next = next.NextSibling)
        {
            var text = next switch
            {
                LiteralInline l => l.Content.ToString(),
                CodeInline c => c.Content,
                ContainerInline c => c.FirstChild is LiteralInline l ? l.Content.ToString() : null,
                _ => null,
            };
            if (!string.IsNullOrEmpty(text))
            {
                return char.ConvertToUtf32(text, 0);
            }
        }
        return null;
    }

    private static int LastCodePoint(StringBuilder sb) =>
        sb.Length >= 2 && char.IsLowSurrogate(sb[^1]) ? char.ConvertToUtf32(sb[^2], sb[^1]) : sb[^1];
}

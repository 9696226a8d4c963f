using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticArchive.Markdown;

/// <summary>
/// The text a reader sees in a Markdown document, for search and excerpts: blocks end with a newline,
/// soft line breaks between CJK characters vanish (as on the page), others become a space.
/// </summary>
internal static class PlainText
{
    /// <summary>Extracts the text of a parsed document. <paramref name="extra"/> supplies text for custom blocks (tables).</summary>
    public static string Extract(MarkdownDocument document, Func<Block, string?>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = new StringBuilder();
        foreach (var block in document.Descendants<Block>())
        {
            switch (block)
            {
                case LeafBlock { Inline: { } inline }:
                    AppendInlines(text, inline);
                    text.Append('\n');
                    break;
                case CodeBlock code:
                    foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                    {
                        text.Append(line.Slice.ToString()).Append('\n');
                    }

                    break;
                default:
                    if (extra?.Invoke(block) is { } custom)
                    {
                        text.Append(custom).Append('\n');
                    }

                    break;
            }
        }

        return text.ToString();
    }

    private static void AppendInlines(StringBuilder text, ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.AsSpan());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
                case LineBreakInline lineBreak:
                    if (lineBreak.IsHard || !Cjk.JoinsWithoutSpace(lineBreak))
                    {
                        text.Append(lineBreak.IsHard ? '\n' : ' ');
                    }

                    break;
                case AutolinkInline link:
                    text.Append(link.Url);
                    break;
                case HtmlEntityInline entity:
                    text.Append(entity.Transcoded.AsSpan());
                    break;
                case ContainerInline nested:
                    AppendInlines(text, nested);
                    break;
            }
        }
    }
}

using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace StaticArchive.Markdown.TableShortcode;

/// <summary>
/// Opens a <see cref="TableShortcodeBlock"/> for a line that is exactly <c>{{&lt; table name &gt;}}</c>
/// (surrounding spaces allowed). Lines inside code blocks never reach this parser, and an indented line is
/// code, so only a shortcode on a line of its own places a table.
/// </summary>
internal sealed class TableShortcodeParser : BlockParser
{
    /// <summary>Creates the parser; it only looks at lines starting with <c>{</c>.</summary>
    public TableShortcodeParser() => OpeningCharacters = ['{'];

    /// <inheritdoc />
    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent)
        {
            return BlockState.None;
        }

        var line = processor.Line;
        var text = line.ToString().Trim();
        if (!text.StartsWith("{{<", StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        // Another kind of shortcode is not ours; "{{< table" with anything odd after it is a malformed one
        // (Name stays empty) so the editor hears about it instead of seeing the raw text on the page.
        if (!text[3..].TrimStart().StartsWith("table", StringComparison.Ordinal))
        {
            return BlockState.None;
        }

        var inner = text.EndsWith(">}}", StringComparison.Ordinal) ? text[3..^3] : "";
        var parts = inner.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var name = parts.Length == 2 && parts[0] == "table" ? parts[1].Trim('"') : "";
        if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-'))
        {
            name = "";
        }

        processor.NewBlocks.Push(new TableShortcodeBlock(this)
        {
            Name = name,
            Source = text,
            Line = processor.LineIndex,
            Column = processor.Column,
            Span = new SourceSpan(line.Start, line.End),
        });
        return BlockState.BreakDiscard;
    }
}

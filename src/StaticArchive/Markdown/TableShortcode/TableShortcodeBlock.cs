using Markdig.Parsers;
using Markdig.Syntax;

namespace StaticArchive.Markdown.TableShortcode;

/// <summary>
/// A <c>{{&lt; table name &gt;}}</c> line in the Markdown AST. The pipeline is shared, so the table's HTML is
/// attached per document by <see cref="TablePlacement.Apply"/>; until then <see cref="Html"/> is null and
/// nothing is rendered.
/// </summary>
internal sealed class TableShortcodeBlock(BlockParser parser) : LeafBlock(parser)
{
    /// <summary>The table's name (<c>table3</c>, or a generic table's name); empty when the line could not be read.</summary>
    public string Name { get; init; } = "";

    /// <summary>The source line as written, for diagnostics about a malformed shortcode.</summary>
    public string Source { get; init; } = "";

    /// <summary>The rendered table, set by <see cref="TablePlacement.Apply"/>.</summary>
    public string? Html { get; set; }
}

using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticArchive.Documents;

/// <summary>What a document's Markdown says about links: its heading ids and every link or image with its line.</summary>
internal sealed record DocumentLinks(IReadOnlyList<string> Anchors, IReadOnlyList<DocumentLinks.Link> Links)
{
    /// <summary>One link: its target as written, whether it is an image, and its 1-based line and column in the .md file.</summary>
    public sealed record Link(string Url, bool IsImage, int Line, int Column);

    /// <summary>Ids the document layout itself puts on every page, which links may target too.</summary>
    public static IReadOnlySet<string> LayoutAnchors { get; } = new HashSet<string>(StringComparer.Ordinal) { "main", "attachments", "data-links", "proposal-record", "doc-history" };

    /// <summary>Reads a parsed body (heading ids are the page's, since the page is rendered from the same tree).</summary>
    public static DocumentLinks Of(MarkdownDocument ast, int bodyFirstLine)
    {
        ArgumentNullException.ThrowIfNull(ast);
        var anchors = ast.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id).OfType<string>().ToArray();
        var links = ast.Descendants<LinkInline>()
            .Where(l => !string.IsNullOrEmpty(l.Url))
            .Select(l => new Link(l.Url!, l.IsImage, l.Line + bodyFirstLine, l.Column + 1))
            .ToArray();
        return new DocumentLinks(anchors, links);
    }
}

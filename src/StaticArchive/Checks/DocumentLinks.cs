using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StaticArchive.Checks;

/// <summary>What the Markdig AST of one document says about links: its heading ids and every link or image with its line.</summary>
public sealed record DocumentLinks(IReadOnlySet<string> Anchors, IReadOnlyList<DocumentLinks.Link> Links)
{
    /// <summary>One link: its target as written, whether it is an image, and its 1-based line in the .md file.</summary>
    public sealed record Link(string Url, bool IsImage, int Line, int Column);

    /// <summary>Ids the document layout itself puts on every page, which links may target too.</summary>
    public static IReadOnlySet<string> LayoutAnchors { get; } = new HashSet<string>(StringComparer.Ordinal) { "main", "attachments", "data-links", "proposal-record", "doc-history" };

    /// <summary>Parses a body with the build's pipeline (so heading ids are exactly the page's).</summary>
    public static DocumentLinks Read(string body, int bodyFirstLine, MarkdownPipeline pipeline)
    {
        var ast = Markdig.Markdown.Parse(body, pipeline);
        var anchors = new HashSet<string>(LayoutAnchors, StringComparer.Ordinal);
        foreach (var heading in ast.Descendants<HeadingBlock>())
        {
            if (heading.GetAttributes().Id is { } id)
            {
                anchors.Add(id);
            }
        }

        var links = ast.Descendants<LinkInline>()
            .Where(l => !string.IsNullOrEmpty(l.Url))
            .Select(l => new Link(l.Url!, l.IsImage, l.Line + bodyFirstLine, l.Column + 1))
            .ToList();
        return new DocumentLinks(anchors, links);
    }
}

using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StaticArchive.Safety;

/// <summary>
/// Rewrites raw HTML from a document to the <see cref="HtmlAllowlist"/>: parsed as a browser would (AngleSharp),
/// then written out element by element, so an allowed element keeps only its allowed attributes with addresses a
/// link may have, text is escaped, comments go, and what was removed is listed. One per document.
/// </summary>
internal sealed class HtmlCleaner
{
    /// <summary>How deep raw HTML may nest; deeper content is dropped rather than walked.</summary>
    public const int MaxDepth = 64;

    private readonly HtmlParser _parser = new();
    private readonly IElement _body;

    /// <summary>Starts a cleaner.</summary>
    public HtmlCleaner() => _body = _parser.ParseDocument(string.Empty).Body!;

    /// <summary>An HTML block made safe: balanced, allowed elements and attributes only.</summary>
    public CleanedHtml Block(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var run = new Run(inline: false);
        foreach (var node in _parser.ParseFragment(html, _body))
        {
            run.Node(node, 0);
        }

        return run.Result();
    }

    /// <summary>One start tag inside a line of text made safe (only its start tag is written), or removed.</summary>
    public CleanedHtml StartTag(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var run = new Run(inline: true);
        var element = _parser.ParseFragment(tag, _body).OfType<IElement>().FirstOrDefault();
        if (element is null)
        {
            run.Removed.Add(LinkScheme.Shown(tag));
        }
        else
        {
            run.Element(element, 0, startOnly: true);
        }

        return run.Result();
    }

    private sealed class Run(bool inline)
    {
        private readonly StringBuilder _html = new();
        private bool _tooDeep;

        public List<string> Removed { get; } = [];

        public List<(string Url, string Scheme, bool Image)> Refused { get; } = [];

        public CleanedHtml Result() => new(_html.ToString(), [.. Removed.Distinct(StringComparer.Ordinal)], Refused, _tooDeep);

        public void Node(INode node, int depth)
        {
            switch (node)
            {
                case IText text:
                    Escape(text.Data, quotes: false);
                    break;
                case IElement element:
                    Element(element, depth, startOnly: false);
                    break;
                default:
                    break; // comments are editors' notes, not for the page
            }
        }

        public void Element(IElement element, int depth, bool startOnly)
        {
            var name = element.LocalName;
            if (depth >= MaxDepth)
            {
                _tooDeep = true;
                return;
            }

            if (element.NamespaceUri != NamespaceNames.HtmlUri || HtmlAllowlist.DroppedWithContent.Contains(name) || !HtmlAllowlist.Allows(name, inline))
            {
                Removed.Add($"<{name}>");
                if (!startOnly && !HtmlAllowlist.DroppedWithContent.Contains(name) && element.NamespaceUri == NamespaceNames.HtmlUri)
                {
                    Children(element, depth);
                }

                return;
            }

            _html.Append('<').Append(name);
            foreach (var attribute in element.Attributes)
            {
                Attribute(name, attribute);
            }

            _html.Append('>');
            if (!startOnly && !HtmlAllowlist.Void.Contains(name))
            {
                Children(element, depth);
                _html.Append("</").Append(name).Append('>');
            }
        }

        private void Children(IElement element, int depth)
        {
            foreach (var child in element.ChildNodes)
            {
                Node(child, depth + 1);
            }
        }

        private void Attribute(string element, IAttr attribute)
        {
            var name = attribute.Name;
            if (!HtmlAllowlist.Allows(element, name))
            {
                Removed.Add(name.StartsWith("on", StringComparison.Ordinal) ? $"{name} 事件属性" : $"{name} 属性");
                return;
            }

            if (HtmlAllowlist.Addresses.Contains(name) && LinkScheme.Refused(attribute.Value) is { } scheme)
            {
                Refused.Add((attribute.Value, scheme, element == "img"));
                return;
            }

            _html.Append(' ').Append(name).Append("=\"");
            Escape(attribute.Value, quotes: true);
            _html.Append('"');
        }

        private void Escape(string text, bool quotes)
        {
            foreach (var c in text)
            {
                _ = c switch
                {
                    '&' => _html.Append("&amp;"),
                    '<' => _html.Append("&lt;"),
                    '>' => _html.Append("&gt;"),
                    '"' when quotes => _html.Append("&quot;"),
                    _ => _html.Append(c),
                };
            }
        }
    }
}

namespace StaticArchive.Safety;

/// <summary>
/// The raw HTML a document may carry (the README lists it too): plain text markup, lists, quotes, tables, images
/// and links, with a few attributes each. Nothing that runs script, loads a frame or plug-in, takes input, styles
/// the page or changes its layout: such elements go, and the dangerous ones take their content with them.
/// </summary>
internal static class HtmlAllowlist
{
    /// <summary>Elements allowed inside a line of text (an inline tag).</summary>
    public static IReadOnlySet<string> Phrasing { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "br", "cite", "code", "del", "dfn", "em", "i", "img", "ins", "kbd", "mark", "q",
        "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    };

    /// <summary>Elements allowed in an HTML block (the phrasing ones too).</summary>
    public static IReadOnlySet<string> Blocks { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "blockquote", "caption", "col", "colgroup", "dd", "details", "div", "dl", "dt", "figcaption", "figure",
        "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre", "summary", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul",
    };

    /// <summary>Elements removed with everything inside them: their content is script, style, a frame or not text.</summary>
    public static IReadOnlySet<string> DroppedWithContent { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "template",
        "noscript", "noembed", "noframes", "textarea", "select", "title", "xmp", "plaintext", "canvas", "audio",
        "video", "head", "link", "meta", "base",
    };

    /// <summary>Attributes every allowed element may have.</summary>
    public static IReadOnlySet<string> Global { get; } = new HashSet<string>(StringComparer.Ordinal) { "title", "lang" };

    /// <summary>Attributes holding an address, checked like any link (<see cref="LinkScheme"/>).</summary>
    public static IReadOnlySet<string> Addresses { get; } = new HashSet<string>(StringComparer.Ordinal) { "href", "src", "cite" };

    /// <summary>Elements that have no end tag.</summary>
    public static IReadOnlySet<string> Void { get; } = new HashSet<string>(StringComparer.Ordinal) { "br", "col", "hr", "img", "wbr" };

    private static readonly Dictionary<string, string[]> Attributes = new(StringComparer.Ordinal)
    {
        ["a"] = ["href"],
        ["img"] = ["src", "alt", "width", "height"],
        ["td"] = ["colspan", "rowspan"],
        ["th"] = ["colspan", "rowspan", "scope"],
        ["col"] = ["span"],
        ["colgroup"] = ["span"],
        ["ol"] = ["start", "reversed", "type"],
        ["li"] = ["value"],
        ["time"] = ["datetime"],
        ["q"] = ["cite"],
        ["blockquote"] = ["cite"],
        ["del"] = ["cite", "datetime"],
        ["ins"] = ["cite", "datetime"],
        ["details"] = ["open"],
    };

    /// <summary>True when the element may appear: in a line of text (<paramref name="inline"/>) or in an HTML block.</summary>
    public static bool Allows(string element, bool inline) => Phrasing.Contains(element) || (!inline && Blocks.Contains(element));

    /// <summary>True when the allowed element may keep the attribute.</summary>
    public static bool Allows(string element, string attribute) =>
        Global.Contains(attribute) || (Attributes.TryGetValue(element, out var names) && names.Contains(attribute, StringComparer.Ordinal));
}

using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StaticArchive.Core;

namespace StaticArchive.Safety;

/// <summary>
/// Takes links and images whose target a page may not carry (<see cref="LinkScheme"/>) out of a parsed document:
/// the link's text (an image's description) stays as plain text, and each is a warning at the line that wrote
/// the target (a reference link's definition). Works on the tree, so every way of writing a link is covered.
/// </summary>
internal static class MarkdownLinks
{
    /// <summary>Neutralises refused links in place and reports each one.</summary>
    public static void Neutralise(MarkdownDocument ast, string file, int bodyFirstLine, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(ast);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var autolink in ast.Descendants<AutolinkInline>().ToList())
        {
            if (!autolink.IsEmail && LinkScheme.Refused(autolink.Url) is { } scheme)
            {
                Report(diagnostics, file, autolink.Line + bodyFirstLine, autolink.Column + 1, autolink.Url, scheme, image: false);
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
            }
        }

        foreach (var link in ast.Descendants<LinkInline>().ToList())
        {
            if (link.Url is { } url && LinkScheme.Refused(url) is { } scheme)
            {
                MarkdownObject at = link.Reference is { } definition ? definition : link;
                Report(diagnostics, file, at.Line + bodyFirstLine, at.Column + 1, url, scheme, link.IsImage);
                Unwrap(link);
            }
        }
    }

    /// <summary>Reports one refused target.</summary>
    public static void Report(DiagnosticBag diagnostics, string file, int line, int column, string url, string scheme, bool image)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        diagnostics.Warning(
            DiagnosticCodes.UnsafeLink, file, line, column,
            $"{(image ? "图片" : "链接")}地址“{LinkScheme.Shown(url)}”用的是 {LinkScheme.Shown(scheme)}: ，网页不能带这种地址（它可以执行脚本或打开站外内容），已去掉{(image ? "图片，只留下图片说明" : "链接，只留下链接文字")}。",
            "地址只能以 http://、https://、mailto:、tel: 开头，或写站内的相对地址（如 ../guide/、#一总体情况）；请改成原文的网页地址，或删掉这个" + (image ? "图片。" : "链接。"));
    }

    // The link's children (its text, an image's description) take its place.
    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }
}

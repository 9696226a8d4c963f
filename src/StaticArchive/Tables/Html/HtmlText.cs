using System.Text;

namespace StaticArchive.Tables.Html;

/// <summary>Small HTML-writing helpers shared by the table renderers.</summary>
internal static class HtmlText
{
    /// <summary>Escapes text for an element body or a double-quoted attribute.</summary>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => ch.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>An id-safe form of a key path: dots become hyphens.</summary>
    public static string IdPart(string key) => key.Replace('.', '-');

    /// <summary>` colspan="n"` when n &gt; 1, else nothing.</summary>
    public static string Span(string attribute, int n) => n > 1 ? $" {attribute}=\"{n}\"" : "";

    /// <summary>A data cell: right-aligned figure, or a blank cell announced as <paramref name="blank"/> (未填报).</summary>
    public static void Cell(StringBuilder sb, string? printed, string headers, string blank, int colspan = 1, bool numeric = true)
    {
        var cls = printed is null ? "num blank" : numeric ? "num" : "text";
        sb.Append($"<td class=\"{cls}\" headers=\"{Encode(headers)}\"{Span("colspan", colspan)}>");
        sb.Append(printed is null ? BlankText(blank) : Encode(printed));
        sb.Append("</td>");
    }

    /// <summary>The text of a blank cell: read out, not shown.</summary>
    public static string BlankText(string blank) => $"<span class=\"visually-hidden\">{Encode(blank)}</span>";

    /// <summary>
    /// The caption's title. When the heading directly above says the same, it is read out but not shown again
    /// (the table keeps its accessible name).
    /// </summary>
    public static string CaptionTitle(string title, string? headingAbove) =>
        headingAbove is not null && Squeeze(headingAbove) == Squeeze(title)
            ? $"<span class=\"caption-title visually-hidden\">{Encode(title)}</span>"
            : $"<span class=\"caption-title\">{Encode(title)}</span>";

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    /// <summary>Opens the scrollable region and the table, with the caption as its label.</summary>
    public static void Open(StringBuilder sb, string id, string cssClass, string captionHtml, bool hasNote)
    {
        sb.Append($"<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"{Encode(id)}-caption\" tabindex=\"0\">\n");
        sb.Append($"<table id=\"{Encode(id)}\" class=\"{cssClass}\"");
        if (hasNote)
        {
            sb.Append($" aria-describedby=\"{Encode(id)}-note\"");
        }

        sb.Append($">\n<caption id=\"{Encode(id)}-caption\">{captionHtml}</caption>\n");
    }

    /// <summary>Closes the table and region and writes the note the table's aria-describedby points at.</summary>
    public static void Close(StringBuilder sb, string id, IReadOnlyList<string> notes)
    {
        sb.Append("</table>\n</div>\n");
        if (notes.Count > 0)
        {
            sb.Append($"<div class=\"table-note\" id=\"{Encode(id)}-note\">");
            foreach (var note in notes)
            {
                sb.Append($"<p>{Encode(note)}</p>");
            }

            sb.Append("</div>\n");
        }
    }
}

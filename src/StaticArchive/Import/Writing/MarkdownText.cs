using System.Text;
using System.Text.RegularExpressions;

namespace StaticArchive.Import.Writing;

/// <summary>
/// Printed text as a Markdown paragraph that renders as printed: characters Markdown would take as markup are
/// escaped (a leading 「1.」 would start a list, 「*」 emphasis, 「&lt;a」 a tag), full-width punctuation untouched.
/// </summary>
internal static partial class MarkdownText
{
    /// <summary>The paragraph, escaped.</summary>
    public static string Paragraph(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '|' or '~')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        var escaped = Tag().Replace(builder.ToString(), "\\<");
        escaped = Shortcode().Replace(escaped, "{\\{");
        escaped = NumberedItem().Replace(escaped, "${n}\\${p}");
        return escaped.Length > 0 && "#>+-=".Contains(escaped[0], StringComparison.Ordinal) ? "\\" + escaped : escaped;
    }

    /// <summary>A level-2 heading.</summary>
    public static string Heading(string text) => "## " + Paragraph(text);

    [GeneratedRegex(@"<(?=[A-Za-z/!?])", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\{\{", RegexOptions.CultureInvariant)]
    private static partial Regex Shortcode();

    [GeneratedRegex(@"^(?<n>\d{1,9})(?<p>[.)])", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedItem();
}

using System.Globalization;
using System.Text;

namespace StaticArchive.Import.Writing;

/// <summary>YAML scalars as the importer writes them: every text double-quoted, so no printed text (a colon, a
/// leading digit, 「是」) can change its meaning.</summary>
internal static class YamlScalars
{
    /// <summary>A double-quoted scalar.</summary>
    public static string Quote(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }

    /// <summary>A quoted scalar, or <c>null</c>.</summary>
    public static string QuoteOrNull(string? text) => text is null ? "null" : Quote(text);

    /// <summary>A date as YYYY-MM-DD.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A flow sequence of quoted scalars (null stays null).</summary>
    public static string List(IEnumerable<string?> items) => "[" + string.Join(", ", items.Select(QuoteOrNull)) + "]";
}

using System.Text.RegularExpressions;

namespace StaticArchive.Import.Text;

/// <summary>
/// Removes page numbers from a text dump of a PDF: a line holding only a number, after at least two blank lines
/// (where the page break was) and before a blank line. A table's own figures never stand alone that way.
/// </summary>
internal static partial class PageNumbers
{
    public static string Remove(string text, List<string> notes)
    {
        var removed = new List<string>();
        var result = PageNumber().Replace(text, m =>
        {
            removed.Add(m.Groups["n"].Value);
            return "\n\n\n";
        });
        if (removed.Count > 0)
        {
            notes.Add($"已删除页码：{string.Join("、", removed)}。");
        }

        return result;
    }

    [GeneratedRegex(@"\n[ \t]*\n[ \t]*\n[ \t]*(?<n>\d{1,3})[ \t]*\n[ \t]*\n", RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}

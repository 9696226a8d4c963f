using System.Text.RegularExpressions;

namespace StaticArchive.Import.Text;

/// <summary>
/// Splits page text that a crawl flattened to one line back into paragraphs: before a numbered heading or item
/// (一、 （一） 1.) that follows the end of a sentence, and before the signature and date at the end.
/// </summary>
internal static partial class FlattenedParagraphs
{
    public static List<string> Split(string text)
    {
        var parts = Boundary().Split(text);
        return [.. parts.Select(p => p.Trim(' ', '\u3000', '\t', '\n')).Where(p => p.Length > 0)];
    }

    [GeneratedRegex(@"(?<=[。；！？]|[。；]\s)\s*(?=（[一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|\d{1,2}[.．、](?!\d))|\s+(?=[^\s。，；：]{2,30}\s+\d{4}年\d{1,2}月\d{1,2}日\s*$)|(?<=[^\s])\s+(?=\d{4}年\d{1,2}月\d{1,2}日\s*$)", RegexOptions.CultureInvariant)]
    private static partial Regex Boundary();
}

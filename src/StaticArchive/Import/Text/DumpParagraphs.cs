using System.Text.RegularExpressions;

namespace StaticArchive.Import.Text;

/// <summary>
/// Re-joins the printed lines of a text dump into paragraphs. A paragraph ends where a line ends a sentence
/// (。！？；：) and is either visibly short of the page width or followed by a numbered item or heading; Chinese
/// lines are joined without a space, and spaces the dump put between Chinese characters and digits are dropped.
/// </summary>
internal static partial class DumpParagraphs
{
    public static List<string> Join(string text, out string? title)
    {
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        title = TakeTitle(lines);
        // The page width is what most lines fill; a line clearly shorter ends its paragraph.
        var full = lines.Where(l => l.Length >= 10).Select(l => l.Length).Order().ToList();
        var width = full.Count == 0 ? 0 : full[full.Count / 2];
        var paragraphs = new List<string>();
        var current = "";
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (current.Length > 0 && (Marker().IsMatch(line) || IsTableLine(line) || IsTableLine(current)))
            {
                paragraphs.Add(current);
                current = "";
            }

            current = current.Length == 0 ? line : current + line;
            var next = i + 1 < lines.Count ? lines[i + 1] : null;
            var endsSentence = "。！？；：".Contains(line[^1], StringComparison.Ordinal);
            if (next is null || (endsSentence && (line.Length < width * 0.9 || Marker().IsMatch(next))))
            {
                paragraphs.Add(current);
                current = "";
            }
        }

        return [.. paragraphs.Select(Tidy).Where(p => p.Length > 0)];
    }

    // The title is the first lines up to one that ends with a document's name (报告, 指南, 答复…).
    private static string? TakeTitle(List<string> paragraphs)
    {
        for (var count = 1; count <= Math.Min(3, paragraphs.Count); count++)
        {
            var candidate = string.Concat(paragraphs.Take(count));
            if (candidate.Length > 80 || "。，；".Any(candidate.Contains))
            {
                return null;
            }

            if (TitleEnd().IsMatch(candidate))
            {
                paragraphs.RemoveRange(0, count);
                return Tidy(candidate);
            }
        }

        return null;
    }

    // A line of a table in the dump: figures separated by spaces, perhaps after a label.
    private static bool IsTableLine(string line) => TableFigures().IsMatch(line);

    private static string Tidy(string paragraph) => CjkSpace().Replace(paragraph, "");

    [GeneratedRegex(@"^(（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[.．、](?!\d))", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"(^|\s)\d+(\s+\d+){2,}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TableFigures();

    [GeneratedRegex(@"(报告|指南|答复|答复的函|建议|提案|通知|办法|方案)$", RegexOptions.CultureInvariant)]
    private static partial Regex TitleEnd();

    // A space the dump put between a Chinese character and a digit or another Chinese character.
    [GeneratedRegex(@"(?<=[\u3000-\u9fff\uff00-\uffef])[ \t]+(?=[\u3000-\u9fff\uff00-\uffef0-9])|(?<=[0-9])[ \t]+(?=[\u4e00-\u9fff])", RegexOptions.CultureInvariant)]
    private static partial Regex CjkSpace();
}

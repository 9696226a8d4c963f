using System.Text;
using UglyToad.PdfPig.Content;

namespace StaticArchive.Import.Pdf;

/// <summary>Groups a page's words into lines, top to bottom, and writes each line with its cell gaps as spaces.</summary>
internal static class PdfLines
{
    /// <summary>Each line's baseline and text.</summary>
    public static List<(double Y, string Text)> Of(IReadOnlyList<Word> words)
    {
        var lines = new List<List<Word>>();
        foreach (var word in words.OrderByDescending(w => w.BoundingBox.Bottom).ThenBy(w => w.BoundingBox.Left))
        {
            var height = Math.Max(1, word.BoundingBox.Height);
            var line = lines.FirstOrDefault(l => Math.Abs(l[0].BoundingBox.Bottom - word.BoundingBox.Bottom) < height * 0.5);
            if (line is null)
            {
                lines.Add([word]);
            }
            else
            {
                line.Add(word);
            }
        }

        return [.. lines.Select(l => (l[0].BoundingBox.Bottom, Write([.. l.OrderBy(w => w.BoundingBox.Left)])))];
    }

    private static string Write(List<Word> line)
    {
        var text = new StringBuilder();
        for (var i = 0; i < line.Count; i++)
        {
            if (i > 0)
            {
                var gap = line[i].BoundingBox.Left - line[i - 1].BoundingBox.Right;
                var charWidth = line[i - 1].BoundingBox.Width / Math.Max(1, line[i - 1].Text.Length);
                text.Append(gap > charWidth * 0.6 ? " " : "");
            }

            text.Append(line[i].Text);
        }

        return text.ToString();
    }
}

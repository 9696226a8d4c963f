using System.Text;
using StaticArchive.Import.Sources;
using StaticArchive.Import.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace StaticArchive.Import.Pdf;

/// <summary>
/// Reads a PDF from its words and their positions: words on one baseline form a line; a gap wider than a
/// character between two words is a cell boundary (written as spaces, which the table reader never crosses);
/// a line holding only a number at the top or bottom of a page is its page number and is dropped.
/// </summary>
internal static class PdfSourceReader
{
    /// <summary>Reads a PDF file's bytes.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a readable PDF.</exception>
    public static SourceDocument Read(string path, byte[] bytes, string contentHash)
    {
        var notes = new List<string>();
        var text = new StringBuilder();
        string? title;
        try
        {
            using var document = PdfDocument.Open(bytes);
            title = string.IsNullOrWhiteSpace(document.Information.Title) ? null : document.Information.Title.Trim();
            foreach (var page in document.GetPages())
            {
                var lines = PdfLines.Of(page.GetWords().ToList());
                for (var i = 0; i < lines.Count; i++)
                {
                    var (y, content) = lines[i];
                    if (IsPageNumber(content, y, page) && (i == 0 || i == lines.Count - 1))
                    {
                        notes.Add($"已删除第 {page.Number} 页的页码 {content.Trim()}。");
                        continue;
                    }

                    text.Append(content).Append("\n\n");
                }

                text.Append("\n\n");
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InvalidDataException($"无法读取 PDF：{ex.Message}", ex);
        }

        if (text.ToString().Trim().Length == 0)
        {
            notes.Add("PDF 中没有可提取的文字（可能是扫描件），需要先做文字识别。");
        }

        return TextSourceReader.FromDump(path, "pdf", text.ToString(), contentHash, new SourceMetadata { Title = title }, notes);
    }

    private static bool IsPageNumber(string content, double y, Page page) =>
        content.Trim() is { Length: >= 1 and <= 3 } n && n.All(char.IsAsciiDigit) && (y < page.Height * 0.1 || y > page.Height * 0.9);
}

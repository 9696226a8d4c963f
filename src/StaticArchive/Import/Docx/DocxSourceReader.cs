using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StaticArchive.Import.Sources;

namespace StaticArchive.Import.Docx;

/// <summary>
/// Reads a Word (.docx) file: its paragraphs, and its tables as real tables (a cell merged down from the row above
/// is not repeated, like an HTML rowspan), and the title from the file's properties.
/// </summary>
internal static class DocxSourceReader
{
    /// <summary>Reads a .docx file's bytes.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a readable Word file.</exception>
    public static SourceDocument Read(string path, byte[] bytes, string contentHash)
    {
        var blocks = new List<SourceBlock>();
        string? title;
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            using var document = WordprocessingDocument.Open(stream, false);
            title = document.PackageProperties.Title is { Length: > 0 } t ? t.Trim() : null;
            var body = document.MainDocumentPart?.Document?.Body;
            foreach (var element in body?.ChildElements ?? [])
            {
                switch (element)
                {
                    case Paragraph paragraph when Html.HtmlSourceReader.CollapseSpaces(paragraph.InnerText) is { Length: > 0 } text:
                        blocks.Add(new ParagraphBlock(text));
                        break;
                    case Table table:
                        blocks.Add(ReadTable(table));
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InvalidDataException($"无法读取 Word 文件：{ex.Message}", ex);
        }

        return new SourceDocument(path, "docx", new SourceMetadata { Title = title }, blocks, contentHash, []);
    }

    private static TableBlock ReadTable(Table table) => new([.. table.Elements<TableRow>().Select(row => (IReadOnlyList<string>)[.. row.Elements<TableCell>()
        .Where(cell => cell.TableCellProperties?.VerticalMerge is not { } merge || merge.Val?.Value == MergedCellValues.Restart)
        .Select(cell => Html.HtmlSourceReader.CollapseSpaces(string.Concat(cell.Elements<Paragraph>().Select(p => p.InnerText))))])]);
}

using System.Security.Cryptography;
using System.Text;
using StaticArchive.Import.Docx;
using StaticArchive.Import.Html;
using StaticArchive.Import.Pdf;
using StaticArchive.Import.Sources;
using StaticArchive.Import.Text;

namespace StaticArchive.Import;

/// <summary>Reads an input file by its format.</summary>
internal static class SourceReader
{
    /// <summary>The document in the file. Text must be UTF-8.</summary>
    /// <exception cref="InvalidDataException">The file is not UTF-8 text, or not a readable PDF or Word file.</exception>
    public static SourceDocument Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return ImportInputs.FormatOf(path) switch
        {
            "html" => HtmlSourceReader.Read(path, Decode(bytes), hash),
            "text" => TextSourceReader.Read(path, Decode(bytes), hash),
            "pdf" => PdfSourceReader.Read(path, bytes, hash),
            "docx" => DocxSourceReader.Read(path, bytes, hash),
            _ => throw new InvalidDataException("不支持的文件类型，只能导入 .html、.htm、.txt、.pdf、.docx。"),
        };
    }

    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\ufeff');
        }
        catch (DecoderFallbackException)
        {
            throw new InvalidDataException("文件不是 UTF-8 编码（可能是 GBK）：请先转换为 UTF-8，例如 iconv -f GBK -t UTF-8。");
        }
    }
}

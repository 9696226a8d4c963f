using StaticArchive.Import.Sources;

namespace StaticArchive.Import.Text;

/// <summary>
/// Reads plain page text: a crawl's <c>page.txt</c> (a header block of 标题/发布时间/文号/发布机构/栏目/原文链接, then the
/// page text after the 正文 marker, often flattened to one line) or a text dump of a PDF (one printed line per
/// line, page numbers between pages). Site chrome and page numbers are removed; paragraphs are re-joined.
/// </summary>
internal static class TextSourceReader
{
    private const string BodyMarker = "==================== 正文 ====================";

    /// <summary>Reads a text file's content.</summary>
    public static SourceDocument Read(string path, string text, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').TrimStart('\ufeff');
        var notes = new List<string>();
        var metadata = new SourceMetadata();
        var marker = text.IndexOf(BodyMarker, StringComparison.Ordinal);
        if (marker >= 0)
        {
            metadata = CrawlHeader.Read(text[..marker]);
            text = text[(marker + BodyMarker.Length)..];
            var next = text.IndexOf(BodyMarker, StringComparison.Ordinal);
            if (next >= 0)
            {
                text = text[..next];
            }
        }

        text = SiteChrome.Strip(text, notes);
        var lines = text.Split('\n');
        var isDump = lines.Count(l => l.Trim().Length > 0) > 3;
        if (isDump)
        {
            return FromDump(path, "text", PageNumbers.Remove(text, notes), contentHash, metadata, notes);
        }

        var flat = FlattenedParagraphs.Split(text.Trim());
        return new SourceDocument(path, "text", metadata, [.. flat.Select(p => new ParagraphBlock(p))], contentHash, notes, text);
    }

    /// <summary>A document from text laid out one printed line per line (a dump of a PDF, or a PDF's words), page
    /// numbers already removed: lines re-joined into paragraphs, the title taken from the first lines when no
    /// metadata states it.</summary>
    public static SourceDocument FromDump(string path, string format, string text, string contentHash, SourceMetadata metadata, List<string> notes)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var paragraphs = DumpParagraphs.Join(text, out var title);
        if (metadata.Title is null && title is not null)
        {
            metadata = metadata with { Title = title };
        }

        return new SourceDocument(path, format, metadata, [.. paragraphs.Select(p => new ParagraphBlock(p))], contentHash, notes, text);
    }
}


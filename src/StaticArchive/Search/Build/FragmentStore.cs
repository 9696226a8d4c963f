using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StaticArchive.Core;
using StaticArchive.Search.Format;

namespace StaticArchive.Search.Build;

/// <summary>
/// Per-document result data, compressed as each document is added: the text is cut into passages of about
/// <see cref="PassageChars"/> characters (one excerpt's worth), each a raw-deflate member of UTF-16BE text
/// (Chinese deflates about an eighth smaller from two bytes a character than from UTF-8's three). The head is a
/// JSON line <c>[url, title, agency name, date, [compressed length of passage 1, 2, …], marks]</c>, a newline and
/// passage 0; year and type come from the manifest, and marks (only when there are any) is an object with the
/// source address <c>s</c>, <c>i: 1</c> for an inferred date and <c>m: 1</c> for a sample document, <c>f: [[label key, value], …]</c> for searchable metadata. The browser reads passages in order only until the text
/// read so far shows (and, for multi-term parts, proves) the match, so a result costs its metadata and one or
/// two passages, not its whole text. A pack holds <see cref="GroupSize"/> documents and starts with
/// 2·GroupSize+1 little-endian uint32 offsets (head, passage 1, head, passage 1, …, end): one 8-byte Range
/// request finds a document's head, whose lengths place every later passage.
/// </summary>
internal sealed class FragmentStore
{
    public const int GroupSize = 256;
    public const int PassageChars = 160;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly List<byte[]> _fragments = [];

    public void Add(byte[] fragment) => _fragments.Add(fragment);

    /// <summary>The head and passage members of one document's result data (thread-safe).</summary>
    public static byte[] Compress(SearchDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var cuts = Cuts(doc.Text);
        var passages = new List<byte[]>(cuts.Count);
        for (var i = 1; i < cuts.Count; i++)
        {
            var end = i + 1 < cuts.Count ? cuts[i + 1] : doc.Text.Length;
            // The fastest level, since setting up a compressor for the smallest size costs more than compressing a
            // passage; the head, read for every shown result, keeps the smallest size.
            passages.Add(Deflate.Compress(Encoding.BigEndianUnicode.GetBytes(doc.Text[cuts[i]..end]), CompressionLevel.Fastest));
        }
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartArray();
            json.WriteStringValue(doc.Url);
            json.WriteStringValue(doc.Title);
            json.WriteStringValue(doc.AgencyName);
            json.WriteStringValue(doc.Date);
            json.WriteStartArray();
            foreach (var p in passages)
            {
                json.WriteNumberValue(p.Length);
            }
            json.WriteEndArray();
            if (doc.SourceUrl is not null || doc.DateInferred || doc.Sample || doc.MetadataFields.Count > 0)
            {
                json.WriteStartObject();
                if (doc.SourceUrl is { } source)
                {
                    json.WriteString("s", source);
                }

                if (doc.DateInferred)
                {
                    json.WriteNumber("i", 1);
                }

                if (doc.Sample)
                {
                    json.WriteNumber("m", 1);
                }

                if (doc.MetadataFields.Count > 0)
                {
                    WriteMetadata(json, doc.MetadataFields);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }
        var line = Encoding.UTF8.GetString(stream.ToArray()) + "\n" + doc.Text[..(cuts.Count > 1 ? cuts[1] : doc.Text.Length)];
        var head = Deflate.Compress(Encoding.BigEndianUnicode.GetBytes(line));
        // One array per document: head length (4 bytes LE), head, passages.
        var all = new byte[4 + head.Length + passages.Sum(p => p.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(all, head.Length);
        head.CopyTo(all, 4);
        var at = 4 + head.Length;
        foreach (var p in passages)
        {
            p.CopyTo(all, at);
            at += p.Length;
        }
        return all;
    }

    private static void WriteMetadata(Utf8JsonWriter json, IReadOnlyList<KeyValuePair<string, string>> fields)
    {
        json.WriteStartArray("f");
        foreach (var (key, value) in fields)
        {
            json.WriteStartArray();
            json.WriteStringValue(key);
            json.WriteStringValue(value);
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    /// <summary>
    /// Passage starts: 0, then every <see cref="PassageChars"/> characters, moved forward to the next character
    /// below U+0300 or in U+4E00–U+9FFF. Such a character never combines with what precedes it under NFKC, so a
    /// normalized prefix of passages is a prefix of the normalized text and a match seen in it is real.
    /// </summary>
    internal static List<int> Cuts(string text)
    {
        var cuts = new List<int> { 0 };
        for (var at = PassageChars; at < text.Length; at += PassageChars)
        {
            while (at < text.Length && !(text[at] < 0x300 || text[at] is >= '\u4E00' and <= '\u9FFF'))
            {
                at++;
            }
            if (at < text.Length)
            {
                cuts.Add(at);
            }
        }
        return cuts;
    }

    /// <summary>Writes the fragments in index order (<paramref name="order"/>[newId] = insertion index).</summary>
    public IEnumerable<OutputFile> Write(int[] order)
    {
        ArgumentNullException.ThrowIfNull(order);
        for (var start = 0; start < order.Length; start += GroupSize)
        {
            var count = Math.Min(GroupSize, order.Length - start);
            var header = (2 * count + 1) * 4;
            var size = header;
            for (var i = 0; i < count; i++)
            {
                size += _fragments[order[start + i]].Length - 4;
            }
            var bytes = new byte[size];
            var at = header;
            for (var i = 0; i < count; i++)
            {
                var f = _fragments[order[start + i]];
                var headLength = BinaryPrimitives.ReadInt32LittleEndian(f);
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 8, 4), (uint)at);
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 8 + 4, 4), (uint)(at + headLength));
                f.AsSpan(4).CopyTo(bytes.AsSpan(at));
                at += f.Length - 4;
            }
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(count * 8, 4), (uint)at);
            yield return new OutputFile(SearchPaths.FragmentPack(start / GroupSize), bytes);
        }
    }
}

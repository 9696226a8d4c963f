using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StaticArchive.Core;
using StaticArchive.Search.Format;

namespace StaticArchive.Search.Build;

/// <summary>
/// Per-document result data, compressed as each document is added, in two gzip members: the head (JSON: title,
/// URL, agency, year, type, date and the first <see cref="HeadChars"/> characters of text) and the tail (the
/// rest of the text, UTF-8). Most matches show in the head, so a result usually costs a few hundred bytes; the
/// tail is fetched only when the head can't verify or excerpt it. A pack holds <see cref="GroupSize"/>
/// documents and starts with 2·GroupSize+1 little-endian uint32 offsets (head, tail, head, tail, …, end), so
/// the browser needs one 12-byte Range request for a document's offsets and one per member.
/// </summary>
internal sealed class FragmentStore
{
    public const int GroupSize = 256;
    public const int HeadChars = 500;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly List<byte[]> _fragments = [];

    public void Add(byte[] fragment) => _fragments.Add(fragment);

    /// <summary>The head and tail members of one document's result data (thread-safe).</summary>
    public static byte[] Compress(SearchDocument doc)
    {
        var cut = Math.Min(HeadChars, doc.Text.Length);
        if (cut < doc.Text.Length && char.IsLowSurrogate(doc.Text[cut]))
        {
            cut++;
        }
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("u", doc.Url);
            json.WriteString("t", doc.Title);
            json.WriteString("a", doc.AgencyName);
            json.WriteString("s", doc.AgencySlug);
            json.WriteNumber("y", doc.Year);
            json.WriteString("k", doc.Type);
            json.WriteString("l", doc.TypeLabel);
            json.WriteString("d", doc.Date);
            json.WriteString("x", doc.Text[..cut]);
            json.WriteEndObject();
        }
        var head = Gzip.Compress(stream.ToArray(), CompressionLevel.SmallestSize);
        var tail = cut == doc.Text.Length ? [] : Gzip.Compress(Encoding.UTF8.GetBytes(doc.Text[cut..]), CompressionLevel.SmallestSize);
        // One array per document: head length (4 bytes LE), head, tail.
        var both = new byte[4 + head.Length + tail.Length];
        BinaryPrimitives.WriteInt32LittleEndian(both, head.Length);
        head.CopyTo(both, 4);
        tail.CopyTo(both, 4 + head.Length);
        return both;
    }

    /// <summary>Writes the fragments in index order (<paramref name="order"/>[newId] = insertion index).</summary>
    public IEnumerable<OutputFile> Write(int[] order)
    {
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

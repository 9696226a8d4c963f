using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using StaticArchive.Core;
using StaticArchive.Search.Format;

namespace StaticArchive.Search.Build;

/// <summary>
/// Per-document result data (title, URL, agency, year, type, date and the searchable text), compressed as each
/// document is added. Written in groups of <see cref="GroupSize"/>: a pack starts with GroupSize+1 little-endian
/// uint32 offsets, so the browser needs one small Range request for the offsets and one for the fragment.
/// </summary>
internal sealed class FragmentStore
{
    public const int GroupSize = 256;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly List<byte[]> _fragments = [];

    public void Add(byte[] fragment) => _fragments.Add(fragment);

    /// <summary>The gzip member of one document's result data (thread-safe).</summary>
    public static byte[] Compress(SearchDocument doc)
    {
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
            json.WriteString("x", doc.Text);
            json.WriteEndObject();
        }
        return Gzip.Compress(stream.ToArray(), CompressionLevel.SmallestSize);
    }

    /// <summary>Writes the fragments in index order (<paramref name="order"/>[newId] = insertion index).</summary>
    public IEnumerable<OutputFile> Write(int[] order)
    {
        for (var start = 0; start < order.Length; start += GroupSize)
        {
            var count = Math.Min(GroupSize, order.Length - start);
            var header = (count + 1) * 4;
            var size = header;
            for (var i = 0; i < count; i++)
            {
                size += _fragments[order[start + i]].Length;
            }
            var bytes = new byte[size];
            var at = header;
            for (var i = 0; i <= count; i++)
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4, 4), (uint)at);
                if (i < count)
                {
                    var f = _fragments[order[start + i]];
                    f.CopyTo(bytes, at);
                    at += f.Length;
                }
            }
            yield return new OutputFile(SearchPaths.FragmentPack(start / GroupSize), bytes);
        }
    }
}

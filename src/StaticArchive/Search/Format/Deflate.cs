using System.IO.Compression;

namespace StaticArchive.Search.Format;

/// <summary>
/// Raw deflate (no gzip header or trailer) for the members inside pack files: the pack's offsets already delimit
/// each member and HTTP already checks the bytes, so gzip's 18 bytes per member bought nothing. The browser
/// inflates them with DecompressionStream("deflate-raw").
/// </summary>
internal static class Deflate
{
    public static byte[] Compress(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.SmallestSize)
    {
        using var output = new MemoryStream(data.Length / 2 + 16);
        using (var deflate = new DeflateStream(output, level, leaveOpen: true))
        {
            deflate.Write(data);
        }
        return output.ToArray();
    }

    public static byte[] Decompress(ReadOnlySpan<byte> data)
    {
        using var input = new MemoryStream(data.ToArray());
        using var deflate = new DeflateStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        deflate.CopyTo(output);
        return output.ToArray();
    }
}

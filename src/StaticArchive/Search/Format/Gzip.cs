using System.IO.Compression;

namespace StaticArchive.Search.Format;

/// <summary>
/// Gzip with a fixed header (no time, no name, OS "unknown") so rebuilds are byte-identical and the browser
/// can inflate with DecompressionStream("gzip") whatever the host sends as Content-Encoding.
/// </summary>
internal static class Gzip
{
    public static byte[] Compress(ReadOnlySpan<byte> data, CompressionLevel level = CompressionLevel.SmallestSize)
    {
        using var output = new MemoryStream(data.Length / 2 + 32);
        using (var gzip = new GZipStream(output, level, leaveOpen: true))
        {
            gzip.Write(data);
        }
        var bytes = output.ToArray();
        // Bytes 4–9: MTIME (4), XFL, OS. Pin them: the library's choice may vary by platform or version.
        bytes.AsSpan(4, 5).Clear();
        bytes[9] = 255;
        return bytes;
    }

    public static byte[] Decompress(ReadOnlySpan<byte> data)
    {
        using var input = new MemoryStream(data.ToArray());
        using var gzip = new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        gzip.CopyTo(output);
        return output.ToArray();
    }
}

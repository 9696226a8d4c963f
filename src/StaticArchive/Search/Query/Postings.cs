using StaticArchive.Search.Format;

namespace StaticArchive.Search.Query;

/// <summary>A decoded postings block: ids ascending, an impact and a signature (0xFF = unknown) per id.</summary>
internal sealed record Postings(int[] Docs, byte[] Impacts, byte[] Signatures)
{
    /// <summary>Decodes the block format of <c>PostingsFormat</c>.</summary>
    public static Postings Decode(ReadOnlySpan<byte> data)
    {
        var r = new ByteReader(data);
        var n = r.VarInt();
        var flags = r.Byte();
        var docs = new int[n];
        if ((flags & PostingsFormat.Bitmap) != 0)
        {
            var first = r.VarInt();
            var bits = r.Bytes(r.VarInt());
            var k = 0;
            for (var i = 0; i < bits.Length * 8 && k < n; i++)
            {
                if ((bits[i >> 3] & (1 << (i & 7))) != 0)
                {
                    docs[k++] = first + i;
                }
            }
        }
        else
        {
            ReadDeltas(ref r, docs);
        }
        var impacts = new byte[n];
        var signatures = new byte[n];
        var withSignatures = (flags & PostingsFormat.HasSignatures) != 0;
        if ((flags & PostingsFormat.Partial) == 0)
        {
            r.Bytes(n).CopyTo(impacts);
            if (withSignatures)
            {
                r.Bytes(n).CopyTo(signatures);
            }
            else
            {
                signatures.AsSpan().Fill(0xFF);
            }
            return new Postings(docs, impacts, signatures);
        }
        var top = new int[r.VarInt()];
        ReadDeltas(ref r, top);
        var topImpacts = r.Bytes(top.Length).ToArray();
        var topSignatures = withSignatures ? r.Bytes(top.Length).ToArray() : null;
        impacts.AsSpan().Fill(r.Byte());
        signatures.AsSpan().Fill(0xFF);
        for (var i = 0; i < top.Length; i++)
        {
            var at = Array.BinarySearch(docs, top[i]);
            impacts[at] = topImpacts[i];
            signatures[at] = topSignatures?[i] ?? 0xFF;
        }
        return new Postings(docs, impacts, signatures);
    }

    private static void ReadDeltas(ref ByteReader r, int[] into)
    {
        var last = 0;
        for (var i = 0; i < into.Length; i++)
        {
            last += r.VarInt();
            into[i] = last;
        }
    }
}

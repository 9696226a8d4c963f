namespace StaticArchive.Search.Format;

/// <summary>
/// The postings block, shared by the builder, the reference engine and search-engine.js:
/// <c>n, flags, membership, impacts[, signatures]</c>. Membership is a delta list or a bitmap, whichever is
/// smaller; a term with more than <see cref="FullLimit"/> documents keeps impacts (and signatures) only for its
/// top <see cref="TopCount"/> documents plus one "rest" impact, so a common term costs about N/8 bytes, not N.
/// </summary>
internal static class PostingsFormat
{
    public const byte Bitmap = 1;
    public const byte HasSignatures = 2;
    public const byte Partial = 4;
    public const int FullLimit = 384;
    public const int TopCount = 96;

    /// <summary>Encodes postings sorted by document id.</summary>
    public static void Encode(ByteWriter w, ReadOnlySpan<int> docs, ReadOnlySpan<byte> impacts, ReadOnlySpan<byte> signatures, bool withSignatures)
    {
        var n = docs.Length;
        var span = docs[n - 1] - docs[0] + 1;
        var deltaBytes = 0;
        for (var i = 0; i < n; i++)
        {
            deltaBytes += VarIntLength(i == 0 ? docs[0] : docs[i] - docs[i - 1]);
        }
        var bitmapBytes = (span + 7) / 8 + VarIntLength(docs[0]) + VarIntLength((span + 7) / 8);
        var partial = n > FullLimit;
        var flags = (byte)((bitmapBytes < deltaBytes ? Bitmap : 0) | (withSignatures ? HasSignatures : 0) | (partial ? Partial : 0));
        w.VarUInt((ulong)n);
        w.Byte(flags);
        if ((flags & Bitmap) != 0)
        {
            var bits = new byte[(span + 7) / 8];
            foreach (var d in docs)
            {
                var o = d - docs[0];
                bits[o >> 3] |= (byte)(1 << (o & 7));
            }
            w.VarUInt((ulong)docs[0]);
            w.VarUInt((ulong)bits.Length);
            w.Bytes(bits);
        }
        else
        {
            WriteDeltas(w, docs);
        }
        if (!partial)
        {
            w.Bytes(impacts);
            if (withSignatures)
            {
                w.Bytes(signatures);
            }
            return;
        }
        // Top documents by impact (ties: lower id, i.e. newer), then written in id order. Impacts are bytes, so a
        // histogram finds the cut without sorting every posting of a common term. "rest" is the impact just below
        // the top, as a sorted order would give it.
        Span<int> histogram = stackalloc int[256];
        foreach (var impact in impacts)
        {
            histogram[impact]++;
        }
        var rest = 255;
        var above = 0;
        while (above + histogram[rest] <= TopCount)
        {
            above += histogram[rest--];
        }
        var tiesTaken = TopCount - above;
        var top = new int[TopCount];
        for (int i = 0, t = 0; t < TopCount; i++)
        {
            if (impacts[i] > rest || (impacts[i] == rest && tiesTaken-- > 0))
            {
                top[t++] = i;
            }
        }
        var topDocs = new int[TopCount];
        for (var i = 0; i < TopCount; i++)
        {
            topDocs[i] = docs[top[i]];
        }
        w.VarUInt(TopCount);
        WriteDeltas(w, topDocs);
        foreach (var i in top)
        {
            w.Byte(impacts[i]);
        }
        if (withSignatures)
        {
            foreach (var i in top)
            {
                w.Byte(signatures[i]);
            }
        }
        w.Byte((byte)rest);
    }

    private static void WriteDeltas(ByteWriter w, ReadOnlySpan<int> docs)
    {
        var last = 0;
        foreach (var d in docs)
        {
            w.VarUInt((ulong)(d - last));
            last = d;
        }
    }

    private static int VarIntLength(int v) => v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : 4;
}

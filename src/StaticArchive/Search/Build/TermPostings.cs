using StaticArchive.Search.Format;

namespace StaticArchive.Search.Build;

/// <summary>
/// One term's postings while documents are added: (doc delta, weighted tf, signature) as varints and a byte,
/// about three bytes a posting. Only the current segment's postings are held here; earlier segments are in
/// <see cref="PostingsSpill"/>, so memory does not grow with the corpus.
/// </summary>
internal sealed class TermPostings(string term, bool isBigram, int id)
{
    private ByteWriter? _pending;
    private int _lastDoc = -1;

    public string Term { get; } = term;

    public bool IsBigram { get; } = isBigram;

    /// <summary>The term's dense id: its place in first-seen order, which is also the order segments are written in.</summary>
    public int Id { get; } = id;

    /// <summary>Postings in all segments.</summary>
    public int Count { get; private set; }

    /// <summary>Postings in the current segment.</summary>
    public int PendingCount { get; private set; }

    /// <summary>Bytes of the current segment's postings.</summary>
    public ReadOnlySpan<byte> Pending => _pending is null ? [] : _pending.Span;

    /// <summary>Appends a posting; returns the bytes it took.</summary>
    public int Add(int doc, int tf, byte signature)
    {
        _pending ??= new ByteWriter(8);
        var before = _pending.Length;
        _pending.VarUInt((ulong)(doc - _lastDoc));
        _pending.VarUInt((ulong)tf);
        _pending.Byte(signature);
        _lastDoc = doc;
        Count++;
        PendingCount++;
        return _pending.Length - before;
    }

    /// <summary>Forgets the current segment's postings (they have been spilled); the next segment starts afresh.</summary>
    public void ClearPending()
    {
        _pending = null;
        _lastDoc = -1;
        PendingCount = 0;
    }

    /// <summary>
    /// Decodes one segment's postings (<paramref name="count"/> of them) into the arrays from <paramref name="at"/>;
    /// each segment's doc deltas start from −1, so segments decode on their own and concatenate in order.
    /// </summary>
    public static int Decode(ReadOnlySpan<byte> data, int count, Span<int> docs, Span<int> tfs, Span<byte> signatures, int at)
    {
        var reader = new ByteReader(data);
        var doc = -1;
        for (var i = 0; i < count; i++)
        {
            doc += reader.VarInt();
            docs[at + i] = doc;
            tfs[at + i] = reader.VarInt();
            signatures[at + i] = reader.Byte();
        }
        return at + count;
    }
}

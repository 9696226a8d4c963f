using StaticArchive.Search.Format;

namespace StaticArchive.Search.Build;

/// <summary>
/// One term's postings while documents are added: (doc delta, weighted tf, signature) as varints and a byte,
/// about three bytes a posting, so 100,000 documents fit in memory without their texts.
/// </summary>
internal sealed class TermPostings(string term, bool isBigram)
{
    private readonly ByteWriter _data = new(8);
    private int _lastDoc = -1;

    public string Term { get; } = term;

    public bool IsBigram { get; } = isBigram;

    public int Count { get; private set; }

    public void Add(int doc, int tf, byte signature)
    {
        _data.VarUInt((ulong)(doc - _lastDoc));
        _data.VarUInt((ulong)tf);
        _data.Byte(signature);
        _lastDoc = doc;
        Count++;
    }

    /// <summary>Decodes the postings into (doc, tf, signature) arrays in insertion order.</summary>
    public void Read(Span<int> docs, Span<int> tfs, Span<byte> signatures)
    {
        var reader = new ByteReader(_data.Span);
        var doc = -1;
        for (var i = 0; i < Count; i++)
        {
            doc += reader.VarInt();
            docs[i] = doc;
            tfs[i] = reader.VarInt();
            signatures[i] = reader.Byte();
        }
    }
}

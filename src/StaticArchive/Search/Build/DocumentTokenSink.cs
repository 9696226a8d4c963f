using System.Runtime.InteropServices;

namespace StaticArchive.Search.Build;

/// <summary>
/// Collects one document's terms with field-weighted frequencies and bigram signatures. Keys are local
/// (CJK terms packed as code points, words as strings) so documents can be tokenized in parallel and interned
/// in insertion order afterwards. Each thread keeps one sink and reuses its tables; a document keeps only the
/// exact-size arrays of <see cref="Take"/>.
/// </summary>
internal sealed class DocumentTokenSink : ITokenSink
{
    // A table that one long document grew is shrunk back, or every later document would pay to clear it.
    private const int KeptCapacity = 1 << 14;

    [ThreadStatic]
    private static DocumentTokenSink? _ofThread;

    private readonly Dictionary<long, (int Tf, byte Signature)> _cjk = new(4096);
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);

    private DocumentTokenSink()
    {
    }

    public int Weight { get; set; } = 1;

    public int Length { get; private set; }

    /// <summary>This thread's sink, emptied for a new document.</summary>
    public static DocumentTokenSink ForThread()
    {
        var sink = _ofThread ??= new DocumentTokenSink();
        sink.Reset();
        return sink;
    }

    public static long Key(int first, int second) => ((long)first << 21) | (long)second;

    /// <summary>The document's terms in the order they first occurred (the order they are interned in).</summary>
    public DocumentTokens Take()
    {
        var cjk = new CjkCount[_cjk.Count];
        var i = 0;
        foreach (var (key, (tf, signature)) in _cjk)
        {
            cjk[i++] = new CjkCount(key, tf, signature);
        }

        return new DocumentTokens(cjk, [.. _words], Length);
    }

    public void Unigram(int codePoint) => Count(Key(codePoint, 0), 0);

    public void Bigram(int first, int second, int next) =>
        Count(Key(first, second), (byte)(1 << SearchHash.SignatureBit(next)));

    public void Word(ReadOnlySpan<int> codePoints)
    {
        Length += Weight;
        var word = SearchTokenizer.FromCodePoints(codePoints);
        _words[word] = _words.GetValueOrDefault(word) + Weight;
    }

    private void Reset()
    {
        _cjk.Clear();
        if (_cjk.EnsureCapacity(0) > KeptCapacity)
        {
            _cjk.TrimExcess(4096);
        }

        _words.Clear();
        if (_words.EnsureCapacity(0) > KeptCapacity)
        {
            _words.TrimExcess(256);
        }

        Weight = 1;
        Length = 0;
    }

    private void Count(long key, byte signature)
    {
        Length += Weight;
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_cjk, key, out _);
        entry = (entry.Tf + Weight, (byte)(entry.Signature | signature));
    }
}

namespace StaticArchive.Search.Build;

/// <summary>
/// Collects one document's terms with field-weighted frequencies and bigram signatures. Keys are local
/// (CJK terms packed as code points, words as strings) so documents can be tokenized in parallel and interned
/// in insertion order afterwards.
/// </summary>
internal sealed class DocumentTokenSink(int textLength) : ITokenSink
{
    // Sized up front: growing from empty rehashed each document's table about ten times (profile at 20,000 docs).
    public Dictionary<long, (int Tf, byte Signature)> Cjk { get; } = new(Math.Min(textLength, 4096) / 2 + 64);

    public Dictionary<string, int> Words { get; } = new(StringComparer.Ordinal);

    public int Weight { get; set; } = 1;

    public int Length { get; private set; }

    public static long Key(int first, int second) => ((long)first << 21) | (long)second;

    public void Unigram(int codePoint) => Count(Key(codePoint, 0), 0);

    public void Bigram(int first, int second, int next) =>
        Count(Key(first, second), (byte)(1 << SearchHash.SignatureBit(next)));

    public void Word(ReadOnlySpan<int> codePoints)
    {
        Length += Weight;
        var word = SearchTokenizer.FromCodePoints(codePoints);
        Words[word] = Words.GetValueOrDefault(word) + Weight;
    }

    private void Count(long key, byte signature)
    {
        Length += Weight;
        Cjk[key] = Cjk.TryGetValue(key, out var e) ? (e.Tf + Weight, (byte)(e.Signature | signature)) : (Weight, signature);
    }
}

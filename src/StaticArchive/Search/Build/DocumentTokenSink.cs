namespace StaticArchive.Search.Build;

/// <summary>Collects one document's terms with field-weighted frequencies and bigram signatures.</summary>
internal sealed class DocumentTokenSink(TermTable table) : ITokenSink
{
    public Dictionary<int, (int Tf, byte Signature)> Terms { get; } = [];

    public int Weight { get; set; } = 1;

    public int Length { get; private set; }

    public void Reset()
    {
        Terms.Clear();
        Length = 0;
    }

    public void Unigram(int codePoint) => Count(table.CjkId(codePoint, 0), 0);

    public void Bigram(int first, int second, int next) =>
        Count(table.CjkId(first, second), (byte)(1 << SearchHash.SignatureBit(next)));

    public void Word(ReadOnlySpan<int> codePoints) => Count(table.WordId(codePoints), 0);

    private void Count(int id, byte signature)
    {
        Length += Weight;
        Terms[id] = Terms.TryGetValue(id, out var e) ? (e.Tf + Weight, (byte)(e.Signature | signature)) : (Weight, signature);
    }
}

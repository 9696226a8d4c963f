namespace StaticArchive.Search.Build;

/// <summary>
/// BM25 (k1 1.2, b 0.75) over field-weighted term frequencies, quantized to one byte so the browser only adds
/// bytes. The scale is the largest possible score (a term in one document), the same for every term.
/// </summary>
internal sealed class Bm25(int documents, double averageLength)
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private readonly double _scale = 254 / (Idf(documents, 1) * (K1 + 1));

    public byte Impact(int tf, int length, int df)
    {
        var norm = K1 * (1 - B + B * length / averageLength);
        var score = Idf(documents, df) * tf * (K1 + 1) / (tf + norm);
        return (byte)Math.Clamp(Math.Round(score * _scale) + 1, 1, 255);
    }

    private static double Idf(int n, int df) => Math.Log(1 + (n - df + 0.5) / (df + 0.5));
}

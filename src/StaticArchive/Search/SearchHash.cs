using System.Text;

namespace StaticArchive.Search;

/// <summary>
/// FNV-1a over UTF-8 bytes: trivial to reproduce in the browser, so the client finds the same shard and
/// signature bits as the builder without any table.
/// </summary>
internal static class SearchHash
{
    /// <summary>32-bit FNV-1a of the UTF-8 encoding of <paramref name="s"/>.</summary>
    public static uint Fnv1a(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var h = OffsetBasis;
        foreach (var rune in s.EnumerateRunes())
        {
            h = Step(h, rune);
        }
        return h;
    }

    /// <summary>The dictionary bucket of a term: hash of its shard key modulo the bucket count.</summary>
    public static int Bucket(string term, int buckets) => (int)(Fnv1a(SearchTokenizer.ShardKey(term)) % (uint)buckets);

    /// <summary>The signature bit (0–7) for the character that follows a bigram; 0 stands for "end of run".</summary>
    public static int SignatureBit(int nextCodePoint) =>
        // Called for every bigram of every document: hash the code point in place rather than via a string.
        (int)((nextCodePoint == 0 ? OffsetBasis : Step(OffsetBasis, new Rune(nextCodePoint))) >> 29);

    private const uint OffsetBasis = 2166136261u;

    private static uint Step(uint h, Rune rune)
    {
        Span<byte> buffer = stackalloc byte[4];
        var n = rune.EncodeToUtf8(buffer);
        for (var i = 0; i < n; i++)
        {
            h = (h ^ buffer[i]) * 16777619u;
        }
        return h;
    }
}

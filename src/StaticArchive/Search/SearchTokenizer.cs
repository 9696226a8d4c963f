using System.Globalization;
using System.Text;

namespace StaticArchive.Search;

/// <summary>
/// The one tokenizer specification, mirrored line by line in theme/assets/js/search-tokenizer.js and checked
/// against the shared golden file: NFKC, per-code-point invariant lower case, CJK → every character plus
/// overlapping bigrams, other letters/marks/digits → words, everything else separates.
/// </summary>
internal static class SearchTokenizer
{
    /// <summary>NFKC, then each code point lower-cased on its own (so the browser's toLowerCase agrees).</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var nfkc = text.IsNormalized(NormalizationForm.FormKC) ? text : text.Normalize(NormalizationForm.FormKC);
        // The string-level invariant lower case maps each code point on its own (simple case mapping), which is
        // the rule; only U+0130, whose full lower case (JS) is two code points, is kept as is on both sides.
        if (!nfkc.Contains('\u0130', StringComparison.Ordinal))
        {
            return nfkc.ToLowerInvariant();
        }
        var sb = new StringBuilder(nfkc.Length);
        foreach (var rune in nfkc.EnumerateRunes())
        {
            sb.Append(rune.Value == 0x130 ? rune : Rune.ToLowerInvariant(rune));
        }
        return sb.ToString();
    }

    /// <summary>Han (all blocks, astral extensions included), kana and Hangul.</summary>
    public static bool IsCjk(int cp) =>
        cp is (>= 0x2E80 and <= 0x2FDF) or (>= 0x3005 and <= 0x3007) or (>= 0x3021 and <= 0x3029)
            or (>= 0x3038 and <= 0x303B) or (>= 0x3041 and <= 0x30FA) or (>= 0x30FC and <= 0x30FF)
            or (>= 0x1100 and <= 0x11FF) or (>= 0x3131 and <= 0x318E) or (>= 0x31F0 and <= 0x31FF)
            or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA960 and <= 0xA97F)
            or (>= 0xAC00 and <= 0xD7FF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x1B000 and <= 0x1B16F)
            or (>= 0x20000 and <= 0x2FA1F) or (>= 0x30000 and <= 0x323AF);

    /// <summary>Letters, marks and numbers that are not CJK form words.</summary>
    public static bool IsWordChar(int cp)
    {
        if (IsCjk(cp) || !Rune.IsValid(cp))
        {
            return false;
        }
        var cat = Rune.GetUnicodeCategory(new Rune(cp));
        return cat is <= UnicodeCategory.OtherNumber;
    }

    /// <summary>The code points of an already normalized string.</summary>
    public static int[] CodePoints(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var codePoints = new int[normalized.Length];
        var n = 0;
        foreach (var rune in normalized.EnumerateRunes())
        {
            codePoints[n++] = rune.Value;
        }
        return n == codePoints.Length ? codePoints : codePoints[..n];
    }

    /// <summary>Feeds the tokens of normalized code points to <paramref name="sink"/>.</summary>
    public static void Scan(ReadOnlySpan<int> cps, ITokenSink sink)
    {
        ArgumentNullException.ThrowIfNull(sink);
        var i = 0;
        while (i < cps.Length)
        {
            var cp = cps[i];
            if (IsCjk(cp))
            {
                var end = i;
                while (end < cps.Length && IsCjk(cps[end]))
                {
                    end++;
                }
                for (var k = i; k < end; k++)
                {
                    sink.Unigram(cps[k]);
                    if (k + 1 < end)
                    {
                        sink.Bigram(cps[k], cps[k + 1], k + 2 < end ? cps[k + 2] : 0);
                    }
                }
                i = end;
            }
            else if (IsWordChar(cp))
            {
                var end = i;
                while (end < cps.Length && IsWordChar(cps[end]))
                {
                    end++;
                }
                sink.Word(cps[i..end]);
                i = end;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>The terms a document contributes, in text order with repeats (for tests and the golden file).</summary>
    public static IReadOnlyList<string> DocumentTerms(string text)
    {
        var sink = new TermListSink();
        Scan(CodePoints(Normalize(text)), sink);
        return sink.Terms;
    }

    /// <summary>
    /// What chooses a term's dictionary bucket. A CJK term is looked up only whole (a query's characters and
    /// bigrams are all exact terms), so the whole term spreads CJK terms evenly over the buckets; a word may be
    /// a prefix scan, so it is keyed by its first code point, which keeps every word with that prefix in one
    /// bucket (a hot one is split by term range).
    /// </summary>
    public static string ShardKey(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var first = Rune.GetRuneAt(term, 0);
        return IsCjk(first.Value) ? term : first.ToString();
    }

    private sealed class TermListSink : ITokenSink
    {
        public List<string> Terms { get; } = [];

        public void Unigram(int codePoint) => Terms.Add(char.ConvertFromUtf32(codePoint));

        public void Bigram(int first, int second, int next) =>
            Terms.Add(char.ConvertFromUtf32(first) + char.ConvertFromUtf32(second));

        public void Word(ReadOnlySpan<int> codePoints) => Terms.Add(FromCodePoints(codePoints));
    }

    internal static string FromCodePoints(ReadOnlySpan<int> codePoints)
    {
        var sb = new StringBuilder(codePoints.Length);
        foreach (var cp in codePoints)
        {
            sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }
}

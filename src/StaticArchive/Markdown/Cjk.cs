using System.Globalization;
using Markdig.Syntax.Inlines;

namespace StaticArchive.Markdown;

/// <summary>Knows which characters are Chinese (or Japanese/Korean) for line-joining rules.</summary>
internal static class Cjk
{
    /// <summary>True for Han, kana, Hangul and CJK punctuation, including the astral Han extensions.</summary>
    public static bool IsCjk(int codePoint) =>
        codePoint is (>= 0x2E80 and <= 0x9FFF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFFEF) or (>= 0x20000 and <= 0x3FFFF);

    /// <summary>True when a soft break sits between two CJK characters.</summary>
    public static bool JoinsWithoutSpace(LineBreakInline lineBreak)
    {
        ArgumentNullException.ThrowIfNull(lineBreak);
        return LastOf(lineBreak.PreviousSibling) is { } before && IsCjk(before)
            && FirstOf(lineBreak.NextSibling) is { } after && IsCjk(after);
    }

    /// <summary>True when the text ends and the next begins with CJK characters.</summary>
    public static bool JoinsWithoutSpace(string before, string after) =>
        before.Length > 0 && after.Length > 0 && IsCjk(char.ConvertToUtf32(before, LastStart(before))) && IsCjk(char.ConvertToUtf32(after, 0));

    private static int LastStart(string s) => s.Length >= 2 && char.IsLowSurrogate(s[^1]) ? s.Length - 2 : s.Length - 1;

    private static int? LastOf(Inline? inline) => inline switch
    {
        LiteralInline { Content.Length: > 0 } literal => LastCodePoint(literal.Content.ToString()),
        ContainerInline container => LastOf(container.LastChild),
        _ => null,
    };

    private static int? FirstOf(Inline? inline) => inline switch
    {
        LiteralInline { Content.Length: > 0 } literal => char.ConvertToUtf32(literal.Content.ToString(), 0),
        ContainerInline container => FirstOf(container.FirstChild),
        _ => null,
    };

    private static int LastCodePoint(string s) => char.ConvertToUtf32(s, LastStart(s));

    /// <summary>Counts text elements, so excerpts never cut a surrogate pair or a combining sequence.</summary>
    public static string Truncate(string text, int maxElements)
    {
        ArgumentNullException.ThrowIfNull(text);
        var info = new StringInfo(text);
        return info.LengthInTextElements <= maxElements ? text : info.SubstringByTextElements(0, maxElements) + "…";
    }
}

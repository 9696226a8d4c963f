using System.Text;

namespace StaticArchive.Import.Labels;

/// <summary>
/// The spelling-insensitive form of a printed label, so 「1．属于国家秘密」, 「1. 属于 国家秘密」 and 「1、属于国家秘密」
/// match the standard's 「1.属于国家秘密」: whitespace dropped, full-width digits and letters made ASCII, the item
/// separator after a number unified, brackets made full-width and quotation marks dropped.
/// </summary>
internal static class LabelText
{
    /// <summary>The normal form of a label.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Squeeze(text).Text;
    }

    /// <summary>The normal form of a text, with the index in the original text of every character kept.</summary>
    public static SqueezedText Squeeze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = Canonical(text[i]);
            if (c == '\0')
            {
                continue;
            }

            // An item number is followed by ．, . or 、 depending on the typist; the standard writes 「1.」.
            if (c is '、' && builder.Length > 0 && char.IsAsciiDigit(builder[^1]) && !(builder.Length > 1 && char.IsAsciiDigit(builder[^2])))
            {
                c = '.';
            }

            builder.Append(c);
            map.Add(i);
        }

        var squeezed = builder.ToString().Replace("钩稽", "勾稽", StringComparison.Ordinal);
        return new SqueezedText(squeezed, [.. map]);
    }

    private static char Canonical(char c) => c switch
    {
        _ when char.IsWhiteSpace(c) || c == '\u200b' || c == '\ufeff' => '\0',
        '“' or '”' or '"' or '‘' or '’' or '\'' or '「' or '」' => '\0',
        '(' => '（',
        ')' => '）',
        ':' => '：',
        '．' => '.',
        >= '０' and <= '９' => (char)(c - '０' + '0'),
        >= 'Ａ' and <= 'Ｚ' => (char)(c - 'Ａ' + 'A'),
        >= 'ａ' and <= 'ｚ' => (char)(c - 'ａ' + 'a'),
        '／' => '/',
        _ => c,
    };
}

namespace StaticArchive.Testing.Prose;

/// <summary>Numbers below 100 in Chinese numerals (十九, 二十三), as session names and list labels write them.</summary>
internal static class ChineseNumber
{
    private const string Digits = "零一二三四五六七八九";

    public static string Of(int n) => n switch
    {
        < 10 => Digits[n].ToString(),
        < 20 => "十" + (n % 10 > 0 ? Digits[n % 10].ToString() : ""),
        _ => Digits[n / 10] + "十" + (n % 10 > 0 ? Digits[n % 10].ToString() : ""),
    };
}

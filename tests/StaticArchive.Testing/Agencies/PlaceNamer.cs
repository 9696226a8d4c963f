namespace StaticArchive.Testing.Agencies;

/// <summary>Invents two-syllable place names (东安, dongan), never the same name or spelling twice in a scope.</summary>
internal sealed class PlaceNamer(SeededRandom random)
{
    private static readonly (string Han, string Pinyin)[] Syllables =
    [
        ("东", "dong"), ("西", "xi"), ("南", "nan"), ("北", "bei"), ("安", "an"), ("平", "ping"),
        ("山", "shan"), ("河", "he"), ("阳", "yang"), ("林", "lin"), ("清", "qing"), ("丰", "feng"),
        ("宁", "ning"), ("新", "xin"), ("城", "cheng"), ("华", "hua"), ("兴", "xing"), ("泰", "tai"),
        ("昌", "chang"), ("乐", "le"), ("源", "yuan"), ("水", "shui"), ("江", "jiang"), ("湖", "hu"),
        ("桥", "qiao"), ("州", "zhou"), ("德", "de"), ("海", "hai"), ("岭", "ling"), ("泉", "quan"),
        ("石", "shi"), ("云", "yun"), ("龙", "long"), ("金", "jin"), ("永", "yong"), ("长", "chang"),
        ("高", "gao"), ("广", "guang"), ("汉", "han"), ("文", "wen"), ("武", "wu"), ("明", "ming"),
        ("嘉", "jia"), ("福", "fu"), ("益", "yi"), ("沙", "sha"), ("溪", "xi"), ("柳", "liu"),
    ];

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>A new name with <paramref name="suffix"/> (市, 路 …) and its pinyin.</summary>
    public (string Han, string Pinyin) Make(string suffix, string scope = "")
    {
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            var pair = random.Sample(Syllables, 2);
            var han = pair[0].Han + pair[1].Han;
            var pinyin = pair[0].Pinyin + pair[1].Pinyin;
            if (_used.Add(scope + "\u0001" + han) & _used.Add(scope + "\u0002" + pinyin))
            {
                return (han + suffix, pinyin);
            }
        }

        throw new InvalidOperationException("The generator ran out of place names; use fewer documents.");
    }
}

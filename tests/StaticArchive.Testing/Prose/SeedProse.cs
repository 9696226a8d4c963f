using System.Text.RegularExpressions;

namespace StaticArchive.Testing.Prose;

/// <summary>
/// The sentences of the seed report (a real one, kept in <c>Prose/seed-report.txt</c>) made into templates:
/// its agency, region, sessions, contact details, years and counts become ⟨tokens⟩ that each document fills with
/// its own invented values, so no real name or figure reaches a generated document.
/// </summary>
internal sealed partial class SeedProse
{
    private static readonly string[] Headings =
        ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"];

    // Applied in order: longer names before the shorter ones they contain.
    private static readonly (string Real, string Token)[] Substitutions =
    [
        ("临淄区工业和信息化局", "⟨A⟩"), ("临淄区工信局", "⟨S⟩"), ("区工信局", "⟨S⟩"), ("临淄工信微站", "⟨M⟩"),
        ("区十九届人大二次会议", "⟨NPC⟩"), ("区政协十一届二次会议", "⟨CPPCC⟩"), ("区委区政府", "⟨L⟩委⟨L⟩政府"),
        ("区政府", "⟨L⟩政府"), ("临淄区", "⟨R⟩"), ("工信领域", "本系统"),
        ("2022年度", "⟨Y1⟩年度"), ("2023年度", "⟨Y⟩年度"), ("2023年", "⟨Y⟩年"), ("2023", "⟨Y⟩"), ("2022", "⟨Y1⟩"),
    ];

    private SeedProse()
    {
    }

    /// <summary>The report's opening (本报告按照 … 联系（地址 …）).</summary>
    public List<string> Intro { get; private set; } = [];

    /// <summary>The first paragraph of 一、总体情况.</summary>
    public List<string> Lead { get; private set; } = [];

    /// <summary>The paragraphs of 一、总体情况 by their label (主动公开信息情况 …).</summary>
    public Dictionary<string, List<string>> Overview { get; private set; } = [];

    /// <summary>The paragraphs of 五、存在的主要问题及改进情况, in order.</summary>
    public List<(string Label, List<string> Sentences)> Problems { get; private set; } = [];

    /// <summary>The paragraphs of 六、其他需要报告的事项 by their label.</summary>
    public Dictionary<string, List<string>> Other { get; private set; } = [];

    /// <summary>Sentences that stand on their own (no enumeration, no 同时 leaning on the one before).</summary>
    public List<string> FreeStanding { get; private set; } = [];

    /// <summary>The seed report shipped inside this assembly.</summary>
    public static SeedProse Load()
    {
        using var stream = typeof(SeedProse).Assembly.GetManifestResourceStream("seed-report.txt")
            ?? throw new InvalidOperationException("seed-report.txt is not embedded in StaticArchive.Testing.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    private static SeedProse Parse(string raw)
    {
        var lines = raw.Split('\n').Where(l => l.Trim().Length > 0 && !PageNumber().IsMatch(l));
        var s = Whitespace().Replace(string.Concat(lines), "");
        s = Contact().Replace(s, "（地址：⟨ADDR⟩；邮编：⟨PC⟩；电话：⟨TEL⟩；电子邮箱：⟨MAIL⟩）");
        foreach (var (real, token) in Substitutions)
        {
            s = s.Replace(real, token, StringComparison.Ordinal);
        }

        s = NumberList().Replace(s, m => m.Groups[1].Value + "⟨NUMS⟩");
        s = Count().Replace(s, "⟨N⟩");
        var positions = Headings.Select(h => s.IndexOf(h, StringComparison.Ordinal)).ToArray();
        if (positions.Any(p => p < 0) || !positions.SequenceEqual(positions.Order()))
        {
            throw new InvalidOperationException("The seed report does not have the six standard sections in order.");
        }

        string Section(int i) => s[(positions[i] + Headings[i].Length)..(i + 1 < positions.Length ? positions[i + 1] : s.Length)];
        var head = s[..positions[0]];
        var start = head.IndexOf("本报告", StringComparison.Ordinal);
        var prose = new SeedProse { Intro = Sentences(head[Math.Max(0, start)..]) };
        (prose.Lead, var overview) = Paragraphs(Section(0));
        prose.Overview = overview.ToDictionary(p => p.Label, p => p.Sentences);
        prose.Problems = Paragraphs(Section(4)).Labelled;
        prose.Other = Paragraphs(Section(5)).Labelled.ToDictionary(p => p.Label, p => p.Sentences);
        prose.FreeStanding = [.. prose.Lead
            .Concat(prose.Overview.Values.SelectMany(v => v))
            .Concat(prose.Problems.SelectMany(p => p.Sentences))
            .Concat(prose.Other.Values.SelectMany(v => v))
            .Where(x => !x.Contains("⟨NUMS⟩", StringComparison.Ordinal) && !Dependent().IsMatch(x))];
        return prose;
    }

    /// <summary>The paragraph of a labelled section whose label starts like <paramref name="label"/>, else none.</summary>
    public static List<string> Matching(Dictionary<string, List<string>> paragraphs, string label)
    {
        foreach (var (key, sentences) in paragraphs)
        {
            if (key.Length > 0 && (Prefix(key, 8) == Prefix(label, 8) || Prefix(key, 4) == Prefix(label, 4)))
            {
                return sentences;
            }
        }

        return [];
    }

    /// <summary>Sentences of at least eight characters, each ending in 。 or ：.</summary>
    public static List<string> Sentences(string text)
    {
        var sentences = new List<string>();
        foreach (var part in SentenceEnd().Split(text))
        {
            var sentence = part.Trim();
            if (sentence.Length >= 8)
            {
                sentences.Add(sentence.EndsWith('。') || sentence.EndsWith('：') ? sentence : sentence + "。");
            }
        }

        return sentences;
    }

    private static string Prefix(string text, int length) => text[..Math.Min(length, text.Length)];

    // A section's lead sentences, then its （一）…（N） paragraphs: label up to the first 。, then sentences.
    private static (List<string> Lead, List<(string Label, List<string> Sentences)> Labelled) Paragraphs(string block)
    {
        var parts = Mark().Split(block);
        var labelled = new List<(string, List<string>)>();
        for (var i = 1; i + 1 < parts.Length; i += 2)
        {
            var body = parts[i + 1];
            var stop = body.IndexOf('。', StringComparison.Ordinal);
            var (label, rest) = stop < 0 ? (body, "") : (body[..stop], body[(stop + 1)..]);
            labelled.Add(label.Length > 20 ? ("", Sentences(body)) : (label, Sentences(rest)));
        }

        return (Sentences(parts[0]), labelled);
    }

    [GeneratedRegex(@"^\s*\d+\s*$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("（地址：[^）]*）")]
    private static partial Regex Contact();

    [GeneratedRegex(@"(⟨(?:NPC|CPPCC)⟩)(?:\d+号、)*\d+号共计\d+项")]
    private static partial Regex NumberList();

    [GeneratedRegex(@"(?<![\d〔])\d{2,5}(?=篇|余人|条|件|人次)")]
    private static partial Regex Count();

    [GeneratedRegex("（([一二三四五六七八九十]+)）")]
    private static partial Regex Mark();

    [GeneratedRegex("(?<=。)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("^(?:[一二三四五六七]是|如|同时|此外)")]
    private static partial Regex Dependent();
}

using System.Text;
using System.Text.RegularExpressions;

namespace StaticArchive.Tests.Safety;

/// <summary>The ways the fuzz test breaks one content or i18n file, each drawn from a seeded <see cref="Random"/>.</summary>
public static partial class Mutations
{
    private static readonly string[] WrongValues =
    [
        "[1, 2]", "{a: b}", "null", "~", "-1", "99999999999999999999999", "true", "2024-13-45", "''", "!!binary AAAA",
        "&x 1", "*missing", "\"unclosed", "{{< table table3 >}}", "- x", "1e400", "0x7FFFFFFF", "? complex", "|\n  块", ">-",
    ];

    private static readonly string[] HostileMarkdown =
    [
        "[点这里](javascript:alert(1))", "[点这里](jav&#x61;script:alert(1))", "![图](data:image/svg+xml,<svg onload=alert(1)>)",
        "<javascript:alert(1)>", "[x][r]\n\n[r]: vbscript:msgbox(1)", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>", "文字 <a href=\"&#106;avascript:alert(1)\">链接</a>", "<svg><script>alert(1)</script></svg>",
        "<div style=\"position:fixed\" onclick=\"alert(1)\">x</div>", "<!-- 备注 --><?php echo 1; ?><![CDATA[x]]>", "{{< table nothere >}}",
    ];

    private static readonly string[] HostileYaml =
    [
        "website: javascript:alert(1)", "website: \"java\\tscript:alert(1)\"", "repository: data:text/html,<script>alert(1)</script>",
        "base_url: javascript:alert(1)//", "title: <script>alert(1)</script>", "name: \"=HYPERLINK(\\\"http://x\\\")\"",
    ];

    /// <summary>The names of the mutations, by number.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "truncate", "random bytes", "deep nesting", "huge value", "wrong type", "duplicate key", "BOM", "CR line ends",
        "NUL", "invalid UTF-8", "control characters", "hostile links", "alias bomb", "lines shuffled", "empty", "tab indent",
    ];

    /// <summary>Applies mutation <paramref name="kind"/> to a file's bytes.</summary>
    public static byte[] Apply(int kind, string path, byte[] bytes, Random random)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(random);
        var markdown = path.EndsWith(".md", StringComparison.Ordinal);
        var text = Encoding.UTF8.GetString(bytes);
        return kind switch
        {
            0 => bytes[..random.Next(bytes.Length + 1)],
            1 => Insert(bytes, random, [.. Enumerable.Range(0, random.Next(1, 17)).Select(_ => (byte)random.Next(256))]),
            2 => Utf8(AtLine(text, random, Deep(markdown, random))),
            3 => Utf8(AtLine(text, random, (markdown ? "" : "huge: ") + new string(random.Next(2) == 0 ? '字' : 'x', random.Next(900_000, 1_100_001)))),
            4 => Utf8(Replace(text, random, m => m.Groups[1].Value + m.Groups[2].Value + ": " + WrongValues[random.Next(WrongValues.Length)])),
            5 => Utf8(Replace(text, random, m => m.Value + "\n" + m.Value)),
            6 => random.Next(2) == 0 ? [0xEF, 0xBB, 0xBF, .. bytes] : Insert(bytes, random, [0xEF, 0xBB, 0xBF]),
            7 => Utf8(text.Replace("\n", random.Next(2) == 0 ? "\r" : "\r\n", StringComparison.Ordinal)),
            8 => Insert(bytes, random, [0]),
            9 => Insert(bytes, random, random.Next(3) switch { 0 => [0xFF], 1 => [0xC3, 0x28], _ => [0xE4, 0xB8] }),
            10 => Insert(bytes, random, Encoding.UTF8.GetBytes(((string[])["\u0001", "\u0085", "\u202E", "\u007F", "\u000B", "\u2066"])[random.Next(6)])),
            11 => Utf8(AtLine(text, random, markdown ? HostileMarkdown[random.Next(HostileMarkdown.Length)] : HostileYaml[random.Next(HostileYaml.Length)])),
            12 => Utf8(text + "\nbomb0: &b0 [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 9).Select(i => $"bomb{i}: &b{i} [{string.Join(", ", Enumerable.Repeat($"*b{i - 1}", 10))}]\n"))),
            13 => Utf8(string.Join('\n', text.Split('\n').OrderBy(_ => random.Next()))),
            14 => [],
            _ => Utf8(IndentedLine().Replace(text, m => new string('\t', m.Length / 2), 3)),
        };
    }

    private static string Deep(bool markdown, Random random) => (markdown, random.Next(3)) switch
    {
        (true, 0) => new string('>', 5000) + " 引文",
        (true, 1) => new string('[', 5000) + "x" + new string(']', 5000) + "(https://www.gov.cn/)",
        (true, _) => string.Concat(Enumerable.Repeat("<div>", 3000)),
        (false, 0) => "deep: " + new string('[', 5000) + new string(']', 5000),
        (false, 1) => "deep: " + string.Concat(Enumerable.Repeat("{a: ", 3000)) + "1" + new string('}', 3000),
        _ => "deep:\n" + string.Concat(Enumerable.Range(1, 200).Select(i => new string(' ', 2 * i) + "a:\n")) + new string(' ', 402) + "b",
    };

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Insert(byte[] bytes, Random random, byte[] inserted)
    {
        var at = random.Next(bytes.Length + 1);
        return [.. bytes[..at], .. inserted, .. bytes[at..]];
    }

    private static string AtLine(string text, Random random, string line)
    {
        var lines = text.Split('\n').ToList();
        lines.Insert(random.Next(lines.Count + 1), line);
        return string.Join('\n', lines);
    }

    private static string Replace(string text, Random random, Func<Match, string> change)
    {
        var fields = Field().Matches(text);
        if (fields.Count == 0)
        {
            return text + "\n" + change(Field().Match("key: value"));
        }

        var chosen = fields[random.Next(fields.Count)];
        return text[..chosen.Index] + change(chosen) + text[(chosen.Index + chosen.Length)..];
    }

    [GeneratedRegex(@"^( *)([\w-]+): ?(.*)$", RegexOptions.Multiline)]
    private static partial Regex Field();

    [GeneratedRegex(@"^(  )+", RegexOptions.Multiline)]
    private static partial Regex IndentedLine();
}

using System.Text;
using StaticArchive.Core;
using StaticArchive.Tests.Support;
using StaticArchive.Yaml;

namespace StaticArchive.Tests.Yaml;

/// <summary>
/// Hostile YAML (deep nesting, aliases that multiply, huge values) is stopped while it is read, with a
/// diagnostic at its file:line naming the limit, in every kind of YAML input; nothing overflows the stack or
/// expands out of memory.
/// </summary>
public sealed class YamlLimitsTests
{
    // About 200 KB of nesting: the size that overflowed the stack.
    private const int Deep = 100_000;

    private static Diagnostic Limit(string text, int firstLine = 1, YamlLimits? limits = null)
    {
        var bag = new DiagnosticBag();
        Assert.Null(YamlReader.Read(text, new YamlSource("content/x.yml", bag, firstLine), limits: limits));
        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal(DiagnosticCodes.YamlTooLarge, d.Code);
        Assert.Equal("content/x.yml", d.File);
        Assert.False(string.IsNullOrEmpty(d.Hint));
        return d;
    }

    private static string FlowNesting(int depth) => new string('[', depth) + new string(']', depth);

    private static string BlockNesting(int depth) => "\n  " + string.Concat(Enumerable.Repeat("- ", depth)) + "x";

    // Nine levels of ten: a billion nodes once every alias is expanded, from under 1 KB of text.
    private static string Laughs(string key, int levels = 9)
    {
        var text = new StringBuilder($"{key}0: &{key}0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < levels; i++)
        {
            var alias = $"*{key}{i - 1}";
            text.Append($"{key}{i}: &{key}{i} [{string.Join(", ", Enumerable.Repeat(alias, 10))}]\n");
        }

        return text.ToString();
    }

    [Fact]
    public void Deep_flow_nesting_stops_at_the_depth_limit()
    {
        var d = Limit("title: a\ntags: " + FlowNesting(Deep) + "\n", firstLine: 2);
        Assert.Equal(3, d.Line);
        Assert.Contains(YamlLimits.Default.MaxDepth.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deep_block_nesting_stops_at_the_depth_limit() =>
        Assert.Equal(3, Limit("title: a\ntags:" + BlockNesting(Deep) + "\n").Line);

    [Fact]
    public void Nesting_within_the_limit_reads()
    {
        var bag = new DiagnosticBag();
        Assert.NotNull(YamlReader.Read("a: " + FlowNesting(YamlLimits.Default.MaxDepth - 1), new YamlSource("x.yml", bag)));
        Assert.Empty(bag.ToSortedList());
    }

    [Fact]
    public void An_alias_does_not_let_nesting_grow_past_the_limit()
    {
        var half = (YamlLimits.Default.MaxDepth / 2) + 1;
        var text = $"a: &a {FlowNesting(half)}\nb: {new string('[', half)}*a{new string(']', half)}\n";
        Assert.Equal(2, Limit(text).Line);
    }

    [Fact]
    public void Billion_laughs_stop_at_the_alias_limit()
    {
        var d = Limit(Laughs("l"));
        Assert.InRange(d.Line, 2, 9);
        Assert.Contains(YamlLimits.Default.MaxAliasNodes.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_long_text_repeated_by_aliases_stops_at_the_alias_limit()
    {
        var text = $"a: &a {new string('x', 20_000)}\nb: [{string.Join(", ", Enumerable.Repeat("*a", 10))}]\n";
        Assert.Equal(2, Limit(text).Line);
    }

    [Fact]
    public void A_few_aliases_read_as_written()
    {
        var bag = new DiagnosticBag();
        var root = YamlReader.ReadMapping("columns: &c [甲, 乙]\nagain: *c\n", new YamlSource("x.yml", bag));
        Assert.Empty(bag.ToSortedList());
        Assert.Same(YamlNodes.Child(root!, "columns"), YamlNodes.Child(root!, "again"));
    }

    [Fact]
    public void An_alias_inside_its_own_anchor_is_refused() =>
        Assert.Equal(1, Limit("a: &a [x, *a]\n").Line);

    [Fact]
    public void An_alias_without_its_anchor_names_its_line()
    {
        var bag = new DiagnosticBag();
        Assert.Null(YamlReader.Read("a: 1\nb: *nowhere\n", new YamlSource("x.yml", bag)));
        var d = Assert.Single(bag.ToSortedList());
        Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code);
        Assert.Equal(2, d.Line);
        Assert.Contains("nowhere", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_longer_than_the_limit_is_refused()
    {
        // Every text the site writes into JSON comes from one YAML value, so none can reach the JSON writer's limit.
        var d = Limit($"title: a\nsummary: {new string('长', YamlLimits.Default.MaxValueChars + 1)}\n");
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void Too_many_values_are_refused()
    {
        var limits = YamlLimits.Default with { MaxNodes = 100 };
        Assert.Equal(2, Limit("a: 1\ncells: [" + string.Join(",", Enumerable.Repeat("1", 100)) + "]\n", limits: limits).Line);
    }

    public static TheoryData<string, string, string> Inputs => new()
    {
        // kind, file, the file's text around a hostile value written at {0} (its own line, indented under a key)
        { "front matter", "content/a/2023/x.md", "---\ntitle: 标题\ntype: guide\ndate: 2024-01-05\n{0}---\n正文\n" },
        { "data file", "content/a/2023/x.yml", "{0}tables:\n  t:\n    caption: 表\n    columns: [甲]\n    rows: [[行, 1]]\n" },
        { "agency file", "content/a/_agency.yml", "name: 甲局\n{0}" },
        { "site file", "content/site.yml", "title: 文库\n{0}" },
        { "theme i18n", "theme/i18n/zh-CN/extra.yml", "home: 首页\n{0}" },
    };

    private static SiteTest BuildWith(string file, string text)
    {
        var files = new Dictionary<string, string>
        {
            ["content/site.yml"] = "title: 文库\n",
            ["content/a/_agency.yml"] = "name: 甲局\n",
            ["content/a/2023/x.md"] = "---\ntitle: 标题\ntype: guide\ndate: 2024-01-05\n---\n正文\n\n{{< table t >}}\n",
            ["content/a/2023/x.yml"] = "tables:\n  t:\n    caption: 表\n    columns: [甲]\n    rows: [[行, 1]]\n",
            [file] = text,
        };
        var site = SiteTest.Build(string.Concat(files.Select(f => $"-- {f.Key} --\n{f.Value}")));
        Assert.False(site.Result.Succeeded);
        Assert.False(site.Exists("output/index.html"), "a failed build must not write output");
        return site;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Deep_nesting_is_a_diagnostic_in_every_yaml_input(string kind, string file, string template)
    {
        var text = template.Replace("{0}", "deep: " + FlowNesting(Deep) + "\n", StringComparison.Ordinal);
        var line = text[..text.IndexOf("deep:", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        BuildWith(file, text).AssertDiagnostic(DiagnosticCodes.YamlTooLarge, $"{file}:{line}:");
        Assert.NotNull(kind);
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Billion_laughs_are_a_diagnostic_in_every_yaml_input(string kind, string file, string template)
    {
        var text = template.Replace("{0}", Laughs("lol"), StringComparison.Ordinal);
        var d = BuildWith(file, text).AssertDiagnostic(DiagnosticCodes.YamlTooLarge, $"{file}:");
        Assert.Contains("别名", d.Message, StringComparison.Ordinal);
        Assert.NotNull(kind);
    }

    [Fact]
    public void Rows_repeated_by_aliases_in_a_generic_table_stop_at_the_limit()
    {
        // 2,000 aliases of an eleven-value row: small enough to build quickly if nothing stopped it.
        var rows = string.Join(", ", Enumerable.Repeat("*r", 2_000));
        var text = $"row: &r [行, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\ntables:\n  t:\n    caption: 表\n    columns: [甲, 乙, 丙, 丁, 戊, 己, 庚, 辛, 壬, 癸]\n    rows: [{rows}]\n";
        var d = BuildWith("content/a/2023/x.yml", text).AssertDiagnostic(DiagnosticCodes.YamlTooLarge, "content/a/2023/x.yml:6:");
        Assert.Contains(YamlLimits.Default.MaxAliasNodes.ToString(System.Globalization.CultureInfo.InvariantCulture), d.Message, StringComparison.Ordinal);
    }
}

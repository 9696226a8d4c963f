using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using StaticArchive.Tables.Schema;
using StaticArchive.Tests.Support;
using StaticArchive.Tests.Tables;

namespace StaticArchive.Tests.Theme;

/// <summary>
/// The words around the content come from <c>theme/i18n</c>: an English site has no Chinese in its chrome, and a
/// Chinese site shows the Chinese labels. The archive below is written by its editors in English, apart from the
/// level they chose (县级, the editors' vocabulary) and the report tables, whose labels are the national format's.
/// </summary>
public sealed partial class LanguageTests
{
    private static string Archive(string language)
    {
        var archive = new StringBuilder($$$"""
            -- content/site.yml --
            title: Open Government Archive
            description: Reports and guides of the agencies of Linzi.
            language: {{{language}}}
            footer:
              organizer: Linzi District Government
              contact: office@example.org
            -- content/linzi-zfb/_agency.yml --
            name: Linzi District Office
            level: 县级
            -- content/linzi-gxj/_agency.yml --
            name: Linzi Industry Bureau
            parent: linzi-zfb
            level: 县级
            phone: "0533-0000001"
            -- content/linzi-gxj/2022/annual-report.md --
            ---
            title: Annual report 2022
            type: annual-report
            date: 2023-01-20
            ---
            Applications were handled on time.

            {{< table table3 >}}
            -- content/linzi-gxj/2022/annual-report.yml --
            {{{TestReports.Yaml(cells: new Dictionary<string, string> { ["table3.other_handling.other.total"] = "null" }, year: 2022)}}}
            -- content/linzi-gxj/2023/annual-report.md --
            ---
            title: Annual report 2023
            type: annual-report
            date: 2024-01-20
            published_inconsistencies: acknowledged
            ---
            The figures are published as printed.

            {{< table table3 >}}
            -- content/linzi-gxj/2023/annual-report.yml --
            {{{TestReports.Yaml(cells: new Dictionary<string, string> { ["table3.denied.state_secret.commercial_enterprise"] = "5" })}}}
            -- content/linzi-gxj/2023/guide.md --
            ---
            title: Disclosure guide
            type: guide
            date: 2024-02-01
            tags: [disclosure, guide]
            attachments:
              - file: form.csv
                title: Application form
            ---
            How to apply for information.
            -- content/linzi-gxj/2023/form.csv --
            field,value
            -- content/linzi-gxj/2023/proposals/npc-7.md --
            ---
            title: Reply to suggestion 7
            type: proposal
            date: 2023-07-01
            kind: cppcc-proposal
            number: "7"
            proposer: Member Li
            handling_units: {lead: [Industry Bureau], assisting: [Finance Bureau, Planning Bureau]}
            result: solved
            reply_date: 2023-06-30
            satisfaction: Satisfied
            ---
            The suggestion has been adopted.

            """);

        // Enough documents of one year and type for a second listing page.
        for (var i = 1; i <= 51; i++)
        {
            archive.Append($$$"""
                -- content/linzi-zfb/2023/notice-{{{i}}}.md --
                ---
                title: Notice {{{i}}}
                type: document
                date: 2023-03-{{{1 + (i % 28):00}}}
                ---
                Notice number {{{i}}} of the district office.

                """);
        }

        return archive.ToString();
    }

    [Fact]
    public void An_english_site_has_no_chinese_in_its_chrome()
    {
        var site = SiteTest.Build(Archive("en")).AssertSucceeded();
        var pages = site.Result.OutputPaths.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Contains("years/2023/page/2/index.html", pages);
        var parser = new HtmlParser();
        foreach (var path in pages)
        {
            var doc = parser.ParseDocument(site.Read($"output/{path}"));
            Assert.Equal("en", doc.DocumentElement.GetAttribute("lang"));

            // What the editors wrote in Markdown (with the tables placed in it) is theirs to word.
            foreach (var body in doc.QuerySelectorAll(".doc-body").ToList())
            {
                body.Remove();
            }

            var chrome = WithoutStandardLabels(string.Join('\n', Texts(doc.DocumentElement)));
            var cjk = Cjk().Matches(chrome).Select(m => m.Value).Distinct().ToList();
            Assert.True(cjk.Count == 0, $"{path} shows Chinese outside the content: {string.Join(" ", cjk)}\n{chrome}");
        }

        site.AssertFile("output/agencies/index.html", "<h2 id=\"level-1\">County</h2>");
        site.AssertFile("output/linzi-gxj/index.html", "<dd>County</dd>", "Linzi Industry Bureau: applications for disclosure by year", "Show the chart&#x27;s figures", "(1)");
        site.AssertFile("output/linzi-gxj/2022/annual-report/index.html", "<span class=\"visually-hidden\">not filled in</span>", "<span class=\"caption-meta\">Linzi Industry Bureau 2022</span>", "! 未填报");
        site.AssertFile("output/linzi-gxj/2023/annual-report/index.html", "About the figures in the tables", "printed 0; the applicant columns of the row add up to 5");
        site.AssertFile("output/linzi-gxj/2023/npc-7/index.html", "CPPCC proposal", "Solved or mostly solved", "Finance Bureau, Planning Bureau");
        site.AssertFile("output/linzi-gxj/2023/guide/index.html", "disclosure, guide", "(CSV, ");
        site.AssertFile("output/years/2023/page/2/index.html", "<title>2023 (page 2) – Open Government Archive</title>");
        site.AssertFile("output/data/index.html", "By year (CSV, UTF-8, opens directly in Excel, Chinese column titles): ", "\"name\": \"Open Government Archive: figures of the annual reports");
    }

    [Fact]
    public void A_chinese_site_shows_the_chinese_labels()
    {
        var site = SiteTest.Build(Archive("zh-CN")).AssertSucceeded();
        site.AssertFile("output/agencies/index.html", "<h2 id=\"level-1\">县级</h2>", "<h1>机构目录</h1>");
        site.AssertFile("output/linzi-gxj/index.html", "<dd>县级</dd>", "Linzi Industry Bureau：政府信息公开申请数量（按年）", "查看图表数据", "收到申请（一＋二）", "（1）", "! County");
        site.AssertFile("output/linzi-gxj/2022/annual-report/index.html", "<span class=\"visually-hidden\">未填报</span>", "<span class=\"caption-meta\">Linzi Industry Bureau 2022年</span>", "! not filled in");
        site.AssertFile("output/linzi-gxj/2023/annual-report/index.html", "关于表中数据的说明", "印为 0，本行各申请人类别相加为 5");
        site.AssertFile("output/linzi-gxj/2023/npc-7/index.html", "政协提案", "已解决或基本解决", "Finance Bureau、Planning Bureau");
        site.AssertFile("output/linzi-gxj/2023/guide/index.html", "disclosure、guide", "（CSV，");
        site.AssertFile("output/years/2023/page/2/index.html", "<title>2023年（第2页） – Open Government Archive</title>");
        site.AssertFile("output/data/index.html", "按年度（CSV 格式，UTF-8 编码，Excel 可直接打开，列标题为中文）：", "（2 份报告）", "政府信息公开工作年度报告统计数据");
        site.AssertFile("output/accessibility/index.html", "遵循的标准");
    }

    [Fact]
    public void Every_chinese_ui_string_has_an_english_translation()
    {
        var theme = StaticArchive.Theme.ThemeFiles.Load(new StaticArchive.IO.MemoryFileSystem(), siteThemeFolder: null);
        var bag = new StaticArchive.Core.DiagnosticBag();
        var zh = StaticArchive.Theme.UiStrings.Load(theme, "zh-CN", bag).Values;
        var missing = theme.Under("i18n/en/").Any() ? zh.Keys.Where(k => !EnglishKeys(theme).Contains(k)).ToList() : [.. zh.Keys];
        Assert.Empty(missing);
        Assert.Empty(bag.ToSortedList());
    }

    private static HashSet<string> EnglishKeys(StaticArchive.Theme.ThemeFiles theme) =>
        [.. theme.Under("i18n/en/")
            .SelectMany(p => theme.ReadText(p).Split('\n'))
            .Select(l => KeyLine().Match(l))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)];

    // Every text node and every attribute value a reader or a screen reader can meet.
    private static IEnumerable<string> Texts(IElement root) =>
        root.Descendants().SelectMany(node => node switch
        {
            IElement e => e.Attributes.Select(a => a.Value),
            IText t => [t.Data],
            _ => [],
        });

    // The tables' labels are the national format's wording, quoted wherever a figure is named.
    private static string WithoutStandardLabels(string text)
    {
        var labels = new[] { FormatVersion.Gb2021, FormatVersion.Gb2019 }
            .SelectMany(ReportSchemas.All)
            .SelectMany(t => t.Rows.SelectMany(r => r.Columns.Select(c => c.Label)).Concat(t.Rows.Select(r => r.FullLabel)).Append(t.Heading))
            .Distinct()
            .OrderByDescending(l => l.Length);
        return labels.Aggregate(text, (current, label) => current.Replace(label, "", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")]
    private static partial Regex Cjk();

    [GeneratedRegex(@"^([A-Za-z0-9_-]+):")]
    private static partial Regex KeyLine();
}

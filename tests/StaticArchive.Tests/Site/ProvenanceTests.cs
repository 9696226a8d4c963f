using StaticArchive.Core;
using StaticArchive.Search.Query;
using StaticArchive.Tests.Support;
using StaticArchive.Tests.Tables;

namespace StaticArchive.Tests.Site;

/// <summary>
/// Where a document comes from (<c>source: {url, retrieved, format, note}</c>) travels with it: its page shows 来源,
/// open data, the search result and the feed entry keep the address.
/// </summary>
public sealed class ProvenanceTests
{
    private const string Url = "https://www.example.gov.cn/zwgk/t20240105_1.htm";

    private static readonly Lazy<SiteTest> Built = new(() => SiteTest.Build($$$"""
        -- content/site.yml --
        title: 文库
        -- content/a/_agency.yml --
        name: 甲局
        -- content/a/2023/annual-report.md --
        ---
        title: 甲局2023年政府信息公开工作年度报告
        type: annual-report
        date: 2024-01-05
        source: {url: "{{{Url}}}", retrieved: 2024-02-01, format: html, note: 网页正文，表格按网页照录}
        ---
        甲局2023年政府信息公开工作年度报告正文第一段。

        {{< table table3 >}}
        -- content/a/2023/annual-report.yml --
        {{{TestReports.Yaml()}}}
        """).AssertSucceeded());

    [Fact]
    public void Source_in_front_matter_builds_without_an_unknown_field_warning() =>
        Assert.DoesNotContain(Built.Value.Result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownField);

    [Fact]
    public void The_page_shows_the_source_with_its_link_date_format_and_note() =>
        Built.Value.AssertFile("output/a/2023/annual-report/index.html",
            "<dt>来源</dt>",
            $"<a href=\"{Url}\" rel=\"external\">{Url}</a>",
            "原文格式：html",
            "取得日期 <time datetime=\"2024-02-01\">2024-02-01</time>",
            "<span class=\"source-note\">网页正文，表格按网页照录</span>");

    [Fact]
    public void Open_data_carries_the_source_address_per_report()
    {
        var rows = OpenData.TestCsv.Read(Built.Value.Read("output/data/figures-2023.csv"));
        Assert.Contains(rows, r => r[..6].SequenceEqual(["a", "甲局", "2023", "gb2021", "false", Url]));
        Assert.Contains(["source_url", "", "原文地址", "", Url], OpenData.TestCsv.Read(Built.Value.Read("output/a/figures.csv")));
    }

    [Fact]
    public void The_search_result_and_the_feed_entry_keep_the_source_address()
    {
        var site = Built.Value;
        var engine = new SearchEngine(new SearchIndexReader(p => site.Exists("output/" + p) ? site.Files.ReadAllBytes("/site/output/" + p) : null));
        var hit = Assert.Single(engine.SearchAll("正文第一段"));
        Assert.Equal(Url, hit.Fragment.SourceUrl);
        site.AssertFile("output/feed.xml", $"<link rel=\"via\" href=\"{Url}\" />");
        site.AssertFile("output/a/feed.xml", $"<link rel=\"via\" href=\"{Url}\" />");
    }

    [Fact]
    public void A_source_address_that_is_not_a_web_address_is_an_error_at_its_line()
    {
        var site = SiteTest.Build("""
            -- content/site.yml --
            title: 文库
            -- content/a/_agency.yml --
            name: 甲局
            -- content/a/2023/x.md --
            ---
            title: 标题
            type: document
            date: 2024-01-05
            source:
              url: www.example.gov.cn/t1.htm
            ---
            正文
            """);
        Assert.False(site.Result.Succeeded);
        Assert.Contains("https://", site.AssertDiagnostic(DiagnosticCodes.WrongType, "content/a/2023/x.md:6").Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_without_an_address_says_so_and_shows_its_note()
    {
        var site = SiteTest.Build("""
            -- content/site.yml --
            title: 文库
            -- content/a/_agency.yml --
            name: 甲局
            -- content/a/2023/x.md --
            ---
            title: 标题
            type: document
            date: 2024-01-05
            source: {format: pdf, note: 该局公开的 PDF 的文本导出，原文地址未记录}
            ---
            正文
            """).AssertSucceeded();
        site.AssertFile("output/a/2023/x/index.html", "原文地址未知", "原文格式：pdf", "该局公开的 PDF 的文本导出，原文地址未记录", "! rel=\"external\"");
        site.AssertFile("output/feed.xml", "! rel=\"via\"");
    }
}

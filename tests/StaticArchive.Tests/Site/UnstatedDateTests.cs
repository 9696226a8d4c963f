using StaticArchive.Core;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Site;

/// <summary>
/// A date the source does not state is not stated: <c>date</c> may be absent, or marked <c>date_inferred: true</c>;
/// the page says so, listings and feeds still order and date every document, and no guess is shown as fact.
/// </summary>
public sealed class UnstatedDateTests
{
    private static readonly Lazy<SiteTest> Built = new(() => SiteTest.Build("""
        -- content/site.yml --
        title: 文库
        base_url: https://archive.example.gov.cn/
        -- content/a/_agency.yml --
        name: 甲局
        -- content/a/2023/stated.md --
        ---
        title: 载明日期的文件
        type: document
        date: 2023-03-01
        ---
        正文
        -- content/a/2023/inferred.md --
        ---
        title: 推定日期的年度报告
        type: document
        date: 2024-01-31
        date_inferred: true
        ---
        正文
        -- content/a/2023/undated.md --
        ---
        title: 未载明日期的文件
        type: document
        ---
        正文
        -- content/a/2022/older.md --
        ---
        title: 上一年的文件
        type: document
        date: 2022-12-30
        ---
        正文
        """).AssertSucceeded());

    [Fact]
    public void An_inferred_date_is_shown_as_inferred_on_the_page_and_in_listings()
    {
        Built.Value.AssertFile("output/a/2023/inferred/index.html",
            "<dt>发布日期</dt><dd><time datetime=\"2024-01-31\">2024-01-31</time><span class=\"date-note\">（推定，原文未载明）</span></dd>");
        Built.Value.AssertFile("output/a/2023/index.html", "<time datetime=\"2024-01-31\">2024-01-31</time>（推定）");
    }

    [Fact]
    public void A_document_without_a_date_says_the_original_does_not_state_it()
    {
        Built.Value.AssertFile("output/a/2023/undated/index.html", "<dt>发布日期</dt><dd>原文未载明</dd>", "! <time");
        Built.Value.AssertFile("output/a/2023/index.html", "发布日期未载明 · 其他文件");
        Assert.DoesNotContain(Built.Value.Result.Diagnostics, d => d.Code == DiagnosticCodes.MissingField);
    }

    [Fact]
    public void Listings_order_an_undated_document_after_the_dated_ones_of_its_year()
    {
        var home = Built.Value.Read("output/index.html");
        var order = new[] { "推定日期的年度报告", "载明日期的文件", "未载明日期的文件", "上一年的文件" }.Select(t => home.IndexOf(t, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, order);
        Assert.Equal(order.Order(), order);
    }

    [Fact]
    public void The_feed_gives_a_publication_date_only_when_the_source_states_it()
    {
        var feed = Built.Value.Read("output/feed.xml");
        string Entry(string title) => feed[feed.IndexOf(title, StringComparison.Ordinal)..][..feed[feed.IndexOf(title, StringComparison.Ordinal)..].IndexOf("</entry>", StringComparison.Ordinal)];
        Assert.Contains("<published>2023-03-01T00:00:00Z</published>", Entry("载明日期的文件"), StringComparison.Ordinal);
        Assert.DoesNotContain("<published>", Entry("推定日期的年度报告"), StringComparison.Ordinal);
        Assert.Contains("<updated>2024-01-31T00:00:00Z</updated>", Entry("推定日期的年度报告"), StringComparison.Ordinal);
        Assert.DoesNotContain("<published>", Entry("未载明日期的文件"), StringComparison.Ordinal);
        Assert.Contains("<updated>2023-01-01T00:00:00Z</updated>", Entry("未载明日期的文件"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sitemap_gives_no_last_modified_date_for_an_undated_document_outside_git()
    {
        var sitemap = Built.Value.Read("output/sitemap.xml");
        var at = sitemap.IndexOf("a/2023/undated/", StringComparison.Ordinal);
        Assert.True(at > 0);
        Assert.DoesNotContain("<lastmod>", sitemap[at..sitemap.IndexOf("</url>", at, StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public void Date_inferred_without_a_date_is_a_warning_at_its_line()
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
            date_inferred: true
            ---
            正文
            """).AssertSucceeded();
        site.AssertDiagnostic(DiagnosticCodes.MissingField, "content/a/2023/x.md:4");
        site.AssertFile("output/a/2023/x/index.html", "<dd>原文未载明</dd>");
    }

    [Fact]
    public void Date_inferred_must_be_true_or_false()
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
            date: 2024-01-31
            date_inferred: 是
            ---
            正文
            """);
        Assert.Contains("true", site.AssertDiagnostic(DiagnosticCodes.WrongType, "content/a/2023/x.md:5").Hint, StringComparison.Ordinal);
    }
}

using StaticArchive.Core;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Safety;

/// <summary>
/// Raw HTML in a document keeps the documented safe subset (README: What content may not carry) and loses the
/// rest, each removal a warning at the line of the HTML: no script, frame, plug-in, form, style or event handler.
/// </summary>
public sealed class RawHtmlTests
{
    private const string Document = "\n-- content/linzi-gxj/2023/html.md --\n---\ntitle: HTML测试\ntype: document\ndate: 2023-02-01\n---\n正文第一段。\n\n";

    [Fact]
    public void The_safe_subset_is_published_as_html()
    {
        var site = SiteTest.Build(Sites.Minimal + Document + """
            水的化学式是 H<sub>2</sub>O，面积 100 m<sup>2</sup>，<abbr title="政府信息公开">政务公开</abbr>。<br>
            详见<a href="https://www.gov.cn/" title="中国政府网">中国政府网</a>。

            <table>
              <caption>办理情况</caption>
              <tr><th scope="col">事项</th><th>件数</th></tr>
              <tr><td colspan="2">合计 <strong>3</strong></td></tr>
            </table>

            <details><summary>说明</summary><p>补充说明。</p></details>

            """).AssertSucceeded();

        site.AssertFile(
            "output/linzi-gxj/2023/html/index.html",
            "H<sub>2</sub>O", "m<sup>2</sup>", "<abbr title=\"政府信息公开\">政务公开</abbr>", "<br>",
            "<a href=\"https://www.gov.cn/\" title=\"中国政府网\">中国政府网</a>",
            "<caption>办理情况</caption>", "<th scope=\"col\">事项</th>", "<td colspan=\"2\">合计 <strong>3</strong></td>",
            "<details><summary>说明</summary><p>补充说明。</p></details>", "! &lt;sub&gt;", "! &lt;table&gt;");
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code is DiagnosticCodes.UnsafeHtml or DiagnosticCodes.UnsafeLink);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>", "alert(1)")]
    [InlineData("<SCRIPT SRC=https://evil.example/x.js></SCRIPT>", "<script>", "evil.example")]
    [InlineData("<iframe src=\"https://evil.example/\"></iframe>", "<iframe>", "evil.example")]
    [InlineData("<object data=\"x.swf\"><embed src=\"x.swf\"></object>", "<object>", "x.swf")]
    [InlineData("<form action=\"https://evil.example/\"><input name=\"p\"><button>提交</button></form>", "<form>", "evil.example")]
    [InlineData("<style>body{display:none}</style>", "<style>", "display:none")]
    [InlineData("<svg><script>alert(1)</script></svg>", "<svg>", "alert(1)")]
    [InlineData("<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>", "<math>", "alert(1)")]
    [InlineData("<div onclick=\"alert(1)\">文字</div>", "onclick 事件属性", "alert(1)")]
    [InlineData("<p style=\"position:fixed;top:0\">文字</p>", "style 属性", "position:fixed")]
    [InlineData("<img src=x onerror=alert(1)>", "onerror 事件属性", "alert(1)")]
    [InlineData("<p class=\"sample-banner\" id=\"main\">文字</p>", "class 属性", "sample-banner")]
    [InlineData("文字 <span onmouseover=\"alert(1)\">悬停</span> 文字", "onmouseover 事件属性", "alert(1)")]
    [InlineData("文字 <iframe src=\"https://evil.example/\"></iframe> 文字", "<iframe>", "evil.example")]
    [InlineData("文字 <img src=\"x.png\" style=\"width:9999px\"> 文字", "style 属性", "9999px")]
    public void Unsafe_html_is_removed_with_a_warning_at_its_line(string html, string named, string gone)
    {
        var site = SiteTest.Build(Sites.Minimal + Document + html + "\n\n后一段。\n").AssertSucceeded();

        var page = site.Read("output/linzi-gxj/2023/html/index.html");
        var body = page[page.IndexOf("<main", StringComparison.Ordinal)..page.LastIndexOf("后一段", StringComparison.Ordinal)];
        Assert.DoesNotContain(gone, body, StringComparison.Ordinal);
        PageLinks.AssertNoHostileTarget(page);
        var warning = site.AssertDiagnostic(DiagnosticCodes.UnsafeHtml, "content/linzi-gxj/2023/html.md:8:");
        Assert.Contains(named, warning.Message, StringComparison.Ordinal);
        Assert.Equal(Severity.Warning, warning.Severity);
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">点这里</a>")]
    [InlineData("<a href=\"jav&#x61;script:alert(1)\">点这里</a>")]
    [InlineData("<a href=\"&#106;avascript:alert(1)\">点这里</a>")]
    [InlineData("<a href=\"java&#09;script:alert(1)\">点这里</a>")]
    [InlineData("文字 <a href=\" JAVASCRIPT:alert(1)\">点这里</a> 文字")]
    [InlineData("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"点这里\">点这里")]
    [InlineData("<blockquote cite=\"vbscript:msgbox(1)\">点这里</blockquote>")]
    public void A_hostile_address_in_raw_html_is_dropped_with_the_link_warning(string html)
    {
        var site = SiteTest.Build(Sites.Minimal + Document + html + "\n").AssertSucceeded();

        PageLinks.AssertNoHostileTarget(site.Read("output/linzi-gxj/2023/html/index.html"));
        site.AssertFile("output/linzi-gxj/2023/html/index.html", "点这里");
        site.AssertDiagnostic(DiagnosticCodes.UnsafeLink, "content/linzi-gxj/2023/html.md:8:");
    }

    [Fact]
    public void An_html_comment_is_an_editors_note_and_is_not_published()
    {
        var site = SiteTest.Build(Sites.Minimal + Document + "<!-- 内部备注：待核实 -->\n\n文字 <!-- 行内备注 --> 文字\n").AssertSucceeded();

        site.AssertFile("output/linzi-gxj/2023/html/index.html", "! 内部备注", "! 行内备注");
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code == DiagnosticCodes.UnsafeHtml);
    }
}

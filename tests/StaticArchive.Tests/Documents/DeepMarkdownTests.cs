using StaticArchive.Core;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Documents;

/// <summary>
/// Markdown nested thousands deep (found by the fuzz test: Markdig throws past its depth limit, which ended the
/// build) is a diagnostic at the document, or a page; never a crash.
/// </summary>
public sealed class DeepMarkdownTests
{
    [Theory]
    [InlineData("quotes")]
    [InlineData("brackets")]
    [InlineData("emphasis")]
    [InlineData("lists")]
    [InlineData("html")]
    public void Markdown_nested_thousands_deep_is_a_diagnostic_or_a_page(string kind)
    {
        const int Depth = 5_000;
        var body = kind switch
        {
            "quotes" => new string('>', Depth) + " 引文",
            "brackets" => new string('[', Depth) + "链接" + new string(']', Depth) + "(https://www.gov.cn/)",
            "emphasis" => new string('*', Depth) + "强调" + new string('*', Depth),
            "lists" => string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + "- 项\n")),
            _ => string.Concat(Enumerable.Repeat("<div>", Depth)),
        };

        var site = SiteTest.Build(Sites.Minimal + "\n-- content/linzi-gxj/2023/deep.md --\n---\ntitle: 深\ntype: document\ndate: 2023-02-01\n---\n" + body + "\n");

        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code == DiagnosticCodes.InternalError);
        if (!site.Result.Succeeded)
        {
            var d = site.AssertDiagnostic(DiagnosticCodes.MarkdownTooDeep, "content/linzi-gxj/2023/deep.md:6");
            Assert.Single(site.Result.Diagnostics, x => x.Severity == Severity.Error);
            Assert.Contains("嵌套太深", d.Message, StringComparison.Ordinal);
        }
    }
}

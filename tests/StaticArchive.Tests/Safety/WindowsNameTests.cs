using System.Text;
using StaticArchive.Core;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Safety;

/// <summary>
/// The archive must check out on an editor's Windows machine: device names, names ending in a dot or a space,
/// names with &lt;&gt;:"|?* and names differing only in case below content/ are errors naming the entry and a new name.
/// </summary>
public sealed class WindowsNameTests
{
    [Theory]
    [InlineData("linzi-gxj/2023/con.md", "CON", "con-file.md")]
    [InlineData("linzi-gxj/2023/AUX.pdf", "AUX", "aux-file.pdf")]
    [InlineData("linzi-gxj/2023/Com1.tar.gz", "COM1", "com1-file.tar.gz")]
    [InlineData("linzi-gxj/2023/nul", "NUL", "nul-file")]
    [InlineData("linzi-gxj/2023/lpt9/附件.pdf", "LPT9", "lpt9-file")]
    [InlineData("linzi-gxj/2023/附件.", "点", "附件")]
    [InlineData("linzi-gxj/2023/附件 ", "空格", "附件")]
    [InlineData("linzi-gxj/2023/问答?.pdf", "?", "问答-.pdf")]
    [InlineData("linzi-gxj/2023/a<b>.pdf", "<>", "a-b-.pdf")]
    [InlineData("linzi-gxj/2023/时间12:00.pdf", ":", "时间12-00.pdf")]
    [InlineData("linzi-gxj/2023/x|y*\"z\".pdf", "|*\"", "x-y--z-.pdf")]
    public void A_name_windows_cannot_hold_is_refused_with_a_new_name(string path, string named, string rename)
    {
        var site = SiteTest.Build(Sites.Minimal).AssertSucceeded();
        site.Files.WriteAllBytes("/site/content/" + path, Encoding.UTF8.GetBytes("附件内容"));

        site.Rebuild();

        Assert.False(site.Result.Succeeded);
        var entry = "content/" + (path.Contains("lpt9/", StringComparison.Ordinal) ? "linzi-gxj/2023/lpt9" : path);
        var error = Assert.Single(site.Result.Diagnostics, d => d.Code == DiagnosticCodes.WindowsName);
        Assert.Equal(entry, error.File);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains(named, error.Message, StringComparison.Ordinal);
        Assert.Contains("Windows", error.Message, StringComparison.Ordinal);
        Assert.Contains(rename, error.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_names_that_differ_only_in_case_are_refused_once()
    {
        var site = SiteTest.Build(Sites.Minimal + """

            -- content/linzi-gxj/2023/Files/Report.pdf --
            一
            -- content/linzi-gxj/2023/files/report.pdf --
            二
            -- content/linzi-gxj/2023/files/REPORT.PDF --
            三
            """);

        Assert.False(site.Result.Succeeded);
        var clashes = site.Result.Diagnostics.Where(d => d.Code == DiagnosticCodes.CaseCollision).ToList();
        Assert.Equal(2, clashes.Count);
        Assert.Contains(clashes, d => d.Message.Contains("content/linzi-gxj/2023/Files", StringComparison.Ordinal) && d.Message.Contains("content/linzi-gxj/2023/files”", StringComparison.Ordinal));
        Assert.Contains(clashes, d => d.Message.Contains("files/REPORT.PDF", StringComparison.Ordinal) && d.Message.Contains("files/report.pdf", StringComparison.Ordinal));
        Assert.All(clashes, d => Assert.Contains("改名", d.Hint, StringComparison.Ordinal));
        Assert.False(site.Exists("output/index.html"));
    }

    [Fact]
    public void Names_that_only_look_like_device_names_are_fine()
    {
        var site = SiteTest.Build(Sites.Minimal + """

            -- content/linzi-gxj/2023/console.md --
            ---
            title: 控制台
            type: document
            date: 2023-02-01
            ---
            正文。
            -- content/linzi-gxj/2023/com10.pdf --
            附件
            -- content/linzi-gxj/2023/con-report.pdf --
            附件
            -- content/linzi-gxj/2022/annual-report.md --
            ---
            title: 2022年政府信息公开工作年度报告
            type: annual-report
            date: 2023-01-20
            ---
            正文。
            """);

        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code is DiagnosticCodes.WindowsName or DiagnosticCodes.CaseCollision);
    }
}

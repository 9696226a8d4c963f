using System.Text;
using StaticArchive.Build;
using StaticArchive.Checks;
using StaticArchive.Core;
using StaticArchive.IO;
using StaticArchive.Scaffolding;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Scaffolding;

/// <summary>Every scaffold builds and passes check as it is; check names what the editor must still fill in.</summary>
public sealed class ScaffoldTests
{
    private static readonly DateOnly Today = new(2024, 3, 1);

    [Fact]
    public void Each_scaffold_passes_check_with_only_warnings_naming_the_gaps()
    {
        var (files, scaffolder) = Site();
        Assert.True(scaffolder.Agency("new-ju").Succeeded);
        Assert.True(scaffolder.Report("linzi-gxj", 2024).Succeeded);
        Assert.True(scaffolder.Report("linzi-gxj", 2020).Succeeded);
        Assert.True(scaffolder.Guide("linzi-gxj", 2024, Today).Succeeded);
        Assert.True(scaffolder.Proposal("linzi-gxj", 2024, Today).Succeeded);

        var result = Check(files);

        Assert.Equal(0, result.Errors);
        Assert.Contains(result.Diagnostics, d => d.Code == CheckCodes.BlankCells && d.File == "content/linzi-gxj/2024/annual-report.yml" && d.Message.Contains("未填报", StringComparison.Ordinal));
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == CheckCodes.BlankCells && d.File == "content/linzi-gxj/2024/annual-report.yml"));
        Assert.Contains(result.Diagnostics, d => d.Code == CheckCodes.Placeholder && d.File == "content/linzi-gxj/2024/guide.md");
        Assert.Contains(result.Diagnostics, d => d.Code == CheckCodes.Placeholder && d.File == "content/new-ju/_agency.yml" && d.Line == 1);
        Assert.Contains(result.Diagnostics, d => d.Code == CheckCodes.ProposalField && d.File == "content/linzi-gxj/2024/proposals/proposal-1.md" && d.Message.Contains("reply_date", StringComparison.Ordinal));
        Assert.True(new SiteBuilder(files).Build(new BuildOptions("/site/content", "/site/theme", "/site/output")).Succeeded);
    }

    [Fact]
    public void Report_scaffold_has_six_sections_three_placeholders_and_a_complete_null_data_file()
    {
        var (files, scaffolder) = Site();
        scaffolder.Report("linzi-gxj", 2024);
        scaffolder.Report("linzi-gxj", 2020);
        var md = Text(files, "/site/content/linzi-gxj/2024/annual-report.md");
        var yml = Text(files, "/site/content/linzi-gxj/2024/annual-report.yml");

        foreach (var heading in new[] { "## 一、总体情况", "## 二、主动公开政府信息情况", "## 三、收到和处理政府信息公开申请情况", "## 四、政府信息公开行政复议、行政诉讼情况", "## 五、存在的主要问题及改进情况", "## 六、其他需要报告的事项" })
        {
            Assert.Contains(heading, md, StringComparison.Ordinal);
        }

        Assert.True(md.IndexOf("{{< table table2 >}}", StringComparison.Ordinal) > md.IndexOf("## 二、", StringComparison.Ordinal));
        Assert.True(md.IndexOf("{{< table table3 >}}", StringComparison.Ordinal) > md.IndexOf("## 三、", StringComparison.Ordinal));
        Assert.True(md.IndexOf("{{< table table4 >}}", StringComparison.Ordinal) > md.IndexOf("## 四、", StringComparison.Ordinal));
        Assert.Contains("\ntype: annual-report\n# 草稿：build 不发布，serve 预览时显示。写完、填完后删掉下一行。\ndraft: true\n", md, StringComparison.Ordinal);
        Assert.StartsWith("# yaml-language-server: $schema=../../../theme/static/schemas/annual-report-data.schema.json\n", yml, StringComparison.Ordinal);
        Assert.Contains("format_version: gb2021", yml, StringComparison.Ordinal);
        Assert.DoesNotContain(": 0", yml, StringComparison.Ordinal);
        Assert.Contains("format_version: gb2019", Text(files, "/site/content/linzi-gxj/2020/annual-report.yml"), StringComparison.Ordinal);
    }

    [Fact]
    public void New_refuses_to_overwrite_and_writes_nothing()
    {
        var (files, scaffolder) = Site();
        files.WriteAllBytes("/site/content/linzi-gxj/2024/annual-report.yml", Encoding.UTF8.GetBytes("mine"));

        var result = scaffolder.Report("linzi-gxj", 2024);

        Assert.False(result.Succeeded);
        Assert.Contains("已存在", result.Error, StringComparison.Ordinal);
        Assert.False(files.FileExists("/site/content/linzi-gxj/2024/annual-report.md"));
        Assert.Equal("mine", Text(files, "/site/content/linzi-gxj/2024/annual-report.yml"));
        Assert.False(scaffolder.Agency("linzi-gxj").Succeeded);
        Assert.False(scaffolder.Guide("no-such-agency", 2024, Today).Succeeded);
    }

    private static (MemoryFileSystem Files, Scaffolder Scaffolder) Site()
    {
        var files = new MemoryFileSystem();
        SiteTest.Write(files, Sites.Minimal);
        return (files, new Scaffolder(files, "/site/content", "/site/theme"));
    }

    private static CheckResult Check(MemoryFileSystem files) =>
        new Checker(files).Check(new BuildOptions("/site/content", "/site/theme", "/site/output"));

    private static string Text(MemoryFileSystem files, string path) => Encoding.UTF8.GetString(files.ReadAllBytes(path));
}

using StaticArchive.Checks;
using StaticArchive.Core;
using StaticArchive.IO;
using StaticArchive.Tests.Support;
using StaticArchive.Tests.Tables;

namespace StaticArchive.Tests.Checks;

/// <summary>One test per class of problem <c>check</c> finds, each at its file:line.</summary>
public sealed class CheckerTests
{
    private const string Linking = Sites.Small + """

        -- content/zibo-zfb/2023/links.md --
        ---
        title: 链接示例
        type: document
        date: 2023-05-01
        attachments:
          - {file: plan.pdf, title: 计划}
        ---
        ## 第一节

        [好的站内链接](/linzi-gxj/2023/annual-report/)
        [好的相对链接](../work-plan/)
        [好的锚点](/linzi-gxj/2023/annual-report/#一总体情况)
        [本页锚点](#第一节)
        [附件](plan.pdf)
        [外部](https://www.gov.cn/)
        [坏的页面](/linzi-gxj/2023/no-such/)
        [坏的锚点](../work-plan/#nowhere)
        ![缺的图](chart.png)
        [没发布的文件](draft.docx)
        -- content/zibo-zfb/2023/plan.pdf --
        PDF
        -- content/zibo-zfb/2023/draft.docx --
        DOCX
        -- content/zibo-zfb/2023/orphan.xlsx --
        XLSX
        """;

    [Fact]
    public void A_clean_site_has_no_errors_and_only_names_the_proposal_fields_left_empty()
    {
        var result = Check(Sites.Small);
        Assert.Equal(0, result.Errors);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.Equal((CheckCodes.ProposalField, "content/linzi-gxj/2023/proposals/npc-19.md"), (d.Code, d.File)));
        Assert.Equal(0, result.ExitCode(strict: false));
    }

    [Fact]
    public void Good_links_pass_and_each_bad_link_is_reported_at_its_line()
    {
        var result = Check(Linking);

        AssertAt(result, CheckCodes.BrokenLink, "content/zibo-zfb/2023/links.md:16:");
        AssertAt(result, CheckCodes.MissingAnchor, "content/zibo-zfb/2023/links.md:17:");
        AssertAt(result, CheckCodes.MissingFile, "content/zibo-zfb/2023/links.md:18:");
        AssertAt(result, CheckCodes.UnpublishedFile, "content/zibo-zfb/2023/links.md:19:");
        Assert.Equal(4, result.Errors);
        Assert.Equal(1, result.ExitCode(strict: false));
    }

    [Fact]
    public void Files_nobody_references_are_warnings()
    {
        var result = Check(Linking);
        var orphan = AssertAt(result, CheckCodes.UnreferencedFile, "content/zibo-zfb/2023/orphan.xlsx");
        Assert.Equal(Severity.Warning, orphan.Severity);
        Assert.DoesNotContain(result.Diagnostics, d => d.File.EndsWith("plan.pdf", StringComparison.Ordinal) || d.File.EndsWith("draft.docx", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_errors_are_reported_by_check_too_without_writing_output()
    {
        var files = new MemoryFileSystem();
        SiteTest.Write(files, Sites.Small + """

            -- content/zibo-zfb/2023/bad.md --
            ---
            title: 坏
            type: nonsense
            date: 2023-01-01
            ---
            正文
            -- content/zibo-zfb/2023/proposals/work-plan.md --
            ---
            title: 同名
            type: document
            date: 2023-01-01
            ---
            正文
            """);

        var result = new Checker(files).Check(Options);

        AssertAt(result, DiagnosticCodes.UnknownType, "content/zibo-zfb/2023/bad.md:3");
        AssertAt(result, DiagnosticCodes.DuplicateUrl, "content/zibo-zfb/2023/work-plan.md");
        Assert.DoesNotContain(files.Files.Keys, k => k.StartsWith("/site/output", StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_only_exit_with_2_under_strict()
    {
        var result = Check(Sites.Minimal + "\n-- content/linzi-gxj/2023/orphan.xlsx --\nX\n");
        Assert.Equal(0, result.ExitCode(strict: false));
        Assert.Equal(2, result.ExitCode(strict: true));
    }

    [Fact]
    public void Check_and_build_report_each_problem_once_and_the_same_diagnostics()
    {
        var archive = Sites.Minimal + """

            -- content/new-ju/_agency.yml --
            name: 【待填写】
            -- content/linzi-gxj/2023/proposals/npc-19.md --
            ---
            title: 对第19号建议的答复
            type: proposal
            date: 2023-06-30
            kind: npc-suggestion
            session: 区十九届人大二次会议
            number: "19"
            proposer: 某某代表
            handling_units: {lead: [区工信局], assisting: []}
            result: {code: A, label: 已解决或基本解决}
            # reply_date: 2023-06-30
            ---
            答复正文。
            -- content/linzi-gxj/2023/bad.md --
            ---
            title: 坏
            type: nonsense
            date: 2023-01-01
            ---
            正文
            -- content/linzi-gxj/2023/listed.md --
            ---
            title: 列了不存在的附件
            type: document
            date: 2023-01-01
            attachments:
              - {file: missing.pdf, title: 缺}
            ---
            正文
            -- content/zibo-zfb/_agency.yml --
            name: 淄博市人民政府办公室
            -- content/zibo-zfb/2023/work-plan.md --
            ---
            title: 2023年政务公开工作要点
            type: document
            date: 2023-04-01
            ---
            要点正文。
            -- content/zibo-zfb/2023/copies/work-plan.md --
            ---
            title: 同名
            type: document
            date: 2023-04-02
            ---
            正文
            """ + Linking[Linking.IndexOf("\n-- content/zibo-zfb/2023/links.md --", StringComparison.Ordinal)..]
            + """

            -- content/linzi-gxj/2023/annual-report.md --
            ---
            title: 2023年政府信息公开工作年度报告
            type: annual-report
            date: 2024-01-20
            ---
            ## 一、总体情况

            {{< table table2 >}}

            {{< table table3 >}}

            {{< table table4 >}}
            -- content/linzi-gxj/2023/annual-report.yml --

            """ + TestReports.Yaml(cells: new Dictionary<string, string> { ["table3.granted.total"] = "null" });
        string[] once =
        [
            DiagnosticCodes.UnknownType, DiagnosticCodes.DuplicateUrl, DiagnosticCodes.MissingAttachment,
            CheckCodes.BrokenLink, CheckCodes.MissingAnchor, CheckCodes.MissingFile, CheckCodes.UnpublishedFile,
            CheckCodes.UnreferencedFile, CheckCodes.BlankCells, CheckCodes.Placeholder, CheckCodes.ProposalField,
        ];

        var check = Check(archive);
        var build = SiteTest.Build(archive).Result;

        Assert.All(once, code => Assert.Single(check.Diagnostics, d => d.Code == code));
        Assert.Equal(once.Order(StringComparer.Ordinal), check.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal));
        Assert.Equal(check.Diagnostics, build.Diagnostics);
        Assert.False(build.Succeeded);
    }

    private static BuildOptions Options => new("/site/content", "/site/theme", "/site/output");

    private static CheckResult Check(string archive)
    {
        var files = new MemoryFileSystem();
        SiteTest.Write(files, archive);
        return new Checker(files).Check(Options);
    }

    private static Diagnostic AssertAt(CheckResult result, string code, string location)
    {
        var match = result.Diagnostics.FirstOrDefault(d => d.Code == code && d.Location.StartsWith(location, StringComparison.Ordinal));
        Assert.True(match is not null, $"expected {code} at {location}; got:\n{string.Join('\n', result.Diagnostics)}");
        return match!;
    }
}

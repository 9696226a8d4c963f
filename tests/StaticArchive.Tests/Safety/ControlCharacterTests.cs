using System.Text;
using StaticArchive.Core;
using StaticArchive.Safety;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Safety;

/// <summary>
/// Control characters and bidirectional overrides, wherever content holds them (Markdown, front matter, a data file,
/// _agency.yml, site.yml), are warnings at file:line:column and appear in no published text file.
/// </summary>
public sealed class ControlCharacterTests
{
    private static readonly string[] TextFiles = [".html", ".xml", ".json", ".csv", ".txt"];

    [Fact]
    public void Control_characters_are_reported_where_they_are_and_published_nowhere()
    {
        var site = SiteTest.Build("""
            -- content/site.yml --
            title: 政府信息公开文库
            description: 临淄区政府信息公开
            base_url: https://archive.example.gov.cn/
            -- content/linzi-gxj/_agency.yml --
            name: 临淄区工业和信息化局
            level: 县级
            -- content/linzi-gxj/2023/work-plan.md --
            ---
            title: 2023年工作要点
            type: document
            date: 2023-04-01
            ---
            正文第一段，政务公开工作要点。

            {{< table budget >}}
            -- content/linzi-gxj/2023/work-plan.yml --
            tables:
              budget:
                caption: 预算
                columns: [合计]
                rows:
                  - [基本支出, 120.5]
            """
            .Replace("临淄区工业", "临淄区\u202E工业", StringComparison.Ordinal)
            .Replace("公开\n", "公开\u0085\n", StringComparison.Ordinal)
            .Replace("title: 2023年", "title: 2023\u0007年", StringComparison.Ordinal)
            .Replace("第一段", "第一\0段", StringComparison.Ordinal)
            .Replace("caption: 预算", "caption: 预\u007F算", StringComparison.Ordinal)
            .Replace("正文第一", "正文\u2066第一", StringComparison.Ordinal)).AssertSucceeded();

        site.AssertDiagnostic(DiagnosticCodes.ControlCharacter, "content/site.yml:2:23");
        site.AssertDiagnostic(DiagnosticCodes.ControlCharacter, "content/linzi-gxj/_agency.yml:1:10");
        site.AssertDiagnostic(DiagnosticCodes.ControlCharacter, "content/linzi-gxj/2023/work-plan.md:2:12");
        site.AssertDiagnostic(DiagnosticCodes.ControlCharacter, "content/linzi-gxj/2023/work-plan.md:6:3");
        site.AssertDiagnostic(DiagnosticCodes.ControlCharacter, "content/linzi-gxj/2023/work-plan.md:6:6");
        site.AssertDiagnostic(DiagnosticCodes.ControlCharacter, "content/linzi-gxj/2023/work-plan.yml:3:15");
        Assert.All(site.Result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ControlCharacter), d => Assert.Equal(Severity.Warning, d.Severity));
        site.AssertFile("output/linzi-gxj/2023/work-plan/index.html", "2023年工作要点", "正文第一段", "预算");
        site.AssertFile("output/linzi-gxj/index.html", "临淄区工业和信息化局");
        foreach (var (path, text) in PublishedText(site))
        {
            var at = text.IndexOfAny([.. Enumerable.Range(0, 0x2070).Select(c => (char)c).Where(c => ControlCharacters.IsRefused(c) && c != '\r')]); // CSV ends its lines with CR LF
            Assert.True(at < 0, $"{path} holds U+{(at < 0 ? 0 : text[at]):X4}");
        }
    }

    [Fact]
    public void A_file_full_of_control_characters_is_reported_ten_times_and_summed_up()
    {
        var site = SiteTest.Build(Sites.Minimal + new string('\u0001', 25) + "\n").AssertSucceeded();

        var reported = site.Result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ControlCharacter).ToList();
        Assert.Equal(11, reported.Count);
        Assert.Contains(reported, d => d.Message.Contains("另外还有 15 个", StringComparison.Ordinal));
    }

    private static IEnumerable<(string Path, string Text)> PublishedText(SiteTest site) =>
        site.Files.Files.Keys
            .Where(k => k.StartsWith("/site/output/", StringComparison.Ordinal) && TextFiles.Contains(Path.GetExtension(k)))
            .Select(k => (k, Encoding.UTF8.GetString(site.Files.ReadAllBytes(k))));
}

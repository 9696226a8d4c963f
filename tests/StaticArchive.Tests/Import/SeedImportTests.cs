using StaticArchive.Import;

namespace StaticArchive.Tests.Import;

/// <summary>The seed report (a text dump of the published PDF) imports figure for figure into the sample data file.</summary>
public sealed class SeedImportTests
{
    [Fact]
    public void Seed_imports_every_figure_equal_to_the_sample_data_file()
    {
        var (content, report) = ImportCorpus.Import("linzi-gxj", ImportCorpus.PathOf("seed", "linzi-gxj-2023-annual-report.txt"));
        var document = ImportCorpus.Single(report);
        Assert.Equal("annual-report", document.Kind);
        Assert.Equal("gb2021", document.FormatVersion);
        Assert.Equal(["content/linzi-gxj/2023/annual-report.md", "content/linzi-gxj/2023/annual-report.yml", "content/linzi-gxj/_agency.yml"], document.Outputs);

        var expected = ImportCorpus.Expected("seed-linzi-gxj-2023");
        var imported = ImportCorpus.Figures(ImportCorpus.DataFile(content, document));
        Assert.Equal(200, expected.Count);
        ImportCorpus.AssertSameFigures(expected, imported);
        Assert.All(document.Tables, t => Assert.Equal(t.Total, t.Found));
        Assert.Empty(document.RulesBroken);
    }

    [Fact]
    public void Seed_states_no_date_so_none_is_written_and_the_editor_is_told()
    {
        var (content, report) = ImportCorpus.Import("linzi-gxj", ImportCorpus.PathOf("seed", "linzi-gxj-2023-annual-report.txt"));
        var document = ImportCorpus.Single(report);
        var markdown = ImportCorpus.Markdown(content, document);
        Assert.DoesNotContain("\ndate:", markdown, StringComparison.Ordinal);
        Assert.Contains("发布日期", document.NotStated);
        Assert.Contains("原文链接", document.NotStated);
        Assert.Equal(0, report.ExitCode);
        Assert.Contains(document.Findings, f => f.Message.Contains("原文未载明", StringComparison.Ordinal));
        Assert.Contains("published: null", ImportCorpus.DataFile(content, document), StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_prose_keeps_the_six_sections_without_page_numbers_and_with_lines_rejoined()
    {
        var (content, report) = ImportCorpus.Import("linzi-gxj", ImportCorpus.PathOf("seed", "linzi-gxj-2023-annual-report.txt"));
        var document = ImportCorpus.Single(report);
        var markdown = ImportCorpus.Markdown(content, document);
        Assert.Equal(6, document.SectionsFound.Count);
        Assert.Contains("title: \"临淄区工业和信息化局2023年政府信息公开工作年度报告\"", markdown, StringComparison.Ordinal);
        Assert.Contains("主动发布政务公开信息63篇。督促各业务科室", markdown, StringComparison.Ordinal);
        Assert.Contains("## 三、收到和处理政府信息公开申请情况\n\n{{< table table3 >}}", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n2\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\n5\n", markdown, StringComparison.Ordinal);
        Assert.Contains("contact: {address: \"临淄区齐兴路101号\", postcode: \"255400\", phone: \"0533-7857266\", email: \"lzqjxjbgs@zb.shandong.cn\"}",
            ImportCorpus.DataFile(content, document), StringComparison.Ordinal);
    }
}

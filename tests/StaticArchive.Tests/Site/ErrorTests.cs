using System.Text;
using StaticArchive.Core;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Site;

/// <summary>Bad input: each problem named at file:line with a hint, every problem reported, output untouched.</summary>
public sealed class ErrorTests
{
    private const string Agency = """
        -- content/site.yml --
        title: 文库
        -- content/a/_agency.yml --
        name: 甲局
        """;

    private static SiteTest Broken(string files)
    {
        var site = SiteTest.Build(Agency + "\n" + files);
        Assert.False(site.Result.Succeeded);
        Assert.Equal(0, site.Result.PagesWritten);
        Assert.False(site.Exists("output/index.html"), "a failed build must not write output");
        return site;
    }

    [Fact]
    public void Malformed_yaml_names_the_line()
    {
        var site = Broken("""
            -- content/a/2023/x.md --
            ---
            title: 标题
            type: [annual-report
            date: 2024-01-01
            ---
            正文
            """);
        var d = site.AssertDiagnostic(DiagnosticCodes.YamlSyntax, "content/a/2023/x.md:");
        Assert.InRange(d.Line, 3, 5);
        Assert.Contains("YAML", d.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(d.Hint));
    }

    [Fact]
    public void Missing_and_wrong_typed_fields_are_each_reported()
    {
        var site = Broken("""
            -- content/a/2023/x.md --
            ---
            type: guide
            date: 2024-1-5
            ---
            正文
            """);
        site.AssertDiagnostic(DiagnosticCodes.MissingField, "content/a/2023/x.md:2");
        site.AssertDiagnostic(DiagnosticCodes.WrongType, "content/a/2023/x.md:3");
    }

    [Fact]
    public void Unknown_type_suggests_the_nearest()
    {
        var site = Broken("""
            -- content/a/2023/x.md --
            ---
            title: 标题
            type: anual-report
            date: 2024-01-05
            ---
            """);
        var d = site.AssertDiagnostic(DiagnosticCodes.UnknownType, "content/a/2023/x.md:3");
        Assert.Contains("annual-report", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Agency_or_year_that_disagrees_with_the_path()
    {
        var site = Broken("""
            -- content/a/2023/x.md --
            ---
            title: 标题
            type: guide
            date: 2024-01-05
            agency: b
            year: 2022
            ---
            """);
        site.AssertDiagnostic(DiagnosticCodes.PathMismatch, "content/a/2023/x.md:5");
        site.AssertDiagnostic(DiagnosticCodes.PathMismatch, "content/a/2023/x.md:6");
    }

    [Fact]
    public void Duplicate_url_names_both_files()
    {
        var site = Broken("""
            -- content/a/2023/x.md --
            ---
            title: 一
            type: guide
            date: 2024-01-05
            ---
            -- content/a/2023/sub/x.md --
            ---
            title: 二
            type: guide
            date: 2024-01-05
            ---
            """);
        var d = site.AssertDiagnostic(DiagnosticCodes.DuplicateUrl, "content/a/2023/x.md");
        Assert.Contains("content/a/2023/sub/x.md", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reserved_agency_slug()
    {
        var site = Broken("""
            -- content/search/_agency.yml --
            name: 搜索局
            """);
        site.AssertDiagnostic(DiagnosticCodes.ReservedSlug, "content/search");
    }

    [Fact]
    public void Attachment_path_that_escapes_the_content_folder()
    {
        var site = Broken("""
            -- content/a/2023/x.md --
            ---
            title: 标题
            type: document
            date: 2024-01-05
            attachments:
              - file: ../../../secret.txt
            ---
            -- secret.txt --
            secret
            """);
        site.AssertDiagnostic(DiagnosticCodes.PathEscapes, "content/a/2023/x.md:6");
    }

    [Fact]
    public void A_gbk_file_is_reported_as_gbk_with_how_to_convert()
    {
        var site = SiteTest.Build(Agency);
        var gbk = new byte[] { 0x2D, 0x2D, 0x2D, 0x0A, 0x74, 0x69, 0x74, 0x6C, 0x65, 0x3A, 0x20, 0xD5, 0xFE, 0xB8, 0xAE, 0xD0, 0xC5, 0xCF, 0xA2, 0x0A, 0x2D, 0x2D, 0x2D, 0x0A };
        site.Files.WriteAllBytes("/site/content/a/2023/x.md", gbk);
        site.Rebuild();
        var d = site.AssertDiagnostic(DiagnosticCodes.NotUtf8, "content/a/2023/x.md:2");
        Assert.Contains("GBK", d.Message, StringComparison.Ordinal);
        Assert.Contains("UTF-8", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Agency_folder_without_agency_file()
    {
        var site = Broken("""
            -- content/b/2023/x.md --
            ---
            title: 标题
            type: guide
            date: 2024-01-05
            ---
            """);
        site.AssertDiagnostic(DiagnosticCodes.MissingAgencyFile, "content/b/_agency.yml");
    }

    [Fact]
    public void Every_error_is_reported_not_just_the_first()
    {
        var site = Broken("""
            -- content/a/2023/x.md --
            ---
            title: 标题
            type: nonsense
            date: 2024-01-05
            ---
            -- content/a/2023/y.md --
            ---
            title: 标题
            date: 2024-01-05
            ---
            -- content/c/2023/z.md --
            ---
            title: 标题
            ---
            """);
        Assert.True(site.Result.Errors >= 3, string.Join('\n', site.Result.Diagnostics));
    }

    [Fact]
    public void A_failed_build_leaves_the_previous_output_exactly_as_it_was()
    {
        var site = SiteTest.Build(Sites.Small).AssertSucceeded();
        var before = site.Files.Files.Where(f => f.Key.StartsWith("/site/output/", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value);
        site.Files.WriteAllBytes("/site/content/linzi-gxj/2023/guide.md", Encoding.UTF8.GetBytes("---\ntitle: [broken\n---\n"));

        site.Rebuild();

        Assert.False(site.Result.Succeeded);
        var after = site.Files.Files.Where(f => f.Key.StartsWith("/site/output/", StringComparison.Ordinal)).ToDictionary(f => f.Key, f => f.Value);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(after[f.Key])));
    }

    [Fact]
    public void Broken_theme_template_is_one_diagnostic_not_a_crash()
    {
        var site = Broken("""
            -- content/a/2023/x.md --
            ---
            title: 标题
            type: guide
            date: 2024-01-05
            ---
            正文
            -- content/a/2023/y.md --
            ---
            title: 另一篇
            type: guide
            date: 2024-01-06
            ---
            正文
            -- theme/layouts/document.liquid --
            <main>{% if page.title %}没有结束的判断</main>
            """);
        var d = site.AssertDiagnostic(DiagnosticCodes.TemplateError, "theme/layouts/document.liquid");
        Assert.Single(site.Result.Diagnostics, x => x.Code == DiagnosticCodes.TemplateError);
        Assert.Contains("theme/", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_theme_i18n_file_is_a_diagnostic_not_a_crash()
    {
        var site = Broken("""
            -- content/a/2023/x.md --
            ---
            title: 标题
            type: guide
            date: 2024-01-05
            ---
            正文
            -- theme/i18n/zh-CN/extra.yml --
            home: 首页
            nav_label: [主导航
            """);
        var d = site.AssertDiagnostic(DiagnosticCodes.YamlSyntax, "theme/i18n/zh-CN/extra.yml:");
        Assert.InRange(d.Line, 2, 3);
        Assert.Contains("YAML", d.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(d.Hint));
    }
}

using StaticArchive.Core;
using StaticArchive.Tables;
using StaticArchive.Tables.Data;
using StaticArchive.Tests.Support;
using StaticArchive.Yaml;

namespace StaticArchive.Tests.Yaml;

/// <summary>One reader for every YAML input: the same errors, at the file's own lines, in the same words.</summary>
public sealed class YamlReaderTests
{
    private const string Site = """
        -- content/site.yml --
        title: 文库
        -- content/a/_agency.yml --
        name: 甲局
        -- content/a/2023/x.md --
        ---
        title: 标题
        type: guide
        date: 2024-01-05
        ---
        正文
        """;

    private static Diagnostic Single(string text, int firstLine = 1)
    {
        var bag = new DiagnosticBag();
        var source = new YamlSource("content/x.yml", bag, firstLine);
        Assert.Null(YamlReader.ReadMapping(text, source));
        return Assert.Single(bag.ToSortedList());
    }

    [Fact]
    public void Syntax_errors_name_the_line_of_the_file_not_of_the_snippet()
    {
        var d = Single("title: a\nsummary: \"没有闭合\n", firstLine: 2);
        Assert.Equal(DiagnosticCodes.YamlSyntax, d.Code);
        Assert.Equal("content/x.yml", d.File);
        Assert.InRange(d.Line, 3, 4);
        Assert.Contains("引号没有闭合", d.Message, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(d.Hint));
    }

    [Fact]
    public void Duplicate_keys_are_said_in_chinese()
    {
        var d = Single("title: a\ntitle: b\n");
        Assert.Contains("相同的字段名", d.Message, StringComparison.Ordinal);
        Assert.Equal(2, d.Line);
    }

    [Fact]
    public void An_unclosed_flow_mapping_points_at_the_last_readable_line()
    {
        var d = Single("title: a\ntags: {{\nx: 1\n");
        Assert.InRange(d.Line, 2, 3);
        Assert.Contains("没有闭合", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_where_fields_belong_is_reported() =>
        Assert.Equal(DiagnosticCodes.YamlSyntax, Single("- a\n- b\n").Code);

    [Fact]
    public void An_empty_text_is_an_empty_mapping()
    {
        var bag = new DiagnosticBag();
        Assert.Empty(YamlReader.ReadMapping("", new YamlSource("content/x.yml", bag))!.Children);
        Assert.Empty(bag.ToSortedList());
    }

    [Fact]
    public void Front_matter_and_data_file_report_the_same_mistake_the_same_way()
    {
        var frontMatter = Single("tags: [甲, 乙\n");
        var bag = new DiagnosticBag();
        DocumentTablesLoader.Load("content/x.yml", "tags: [甲, 乙\n", bag);
        var dataFile = Assert.Single(bag.ToSortedList());
        Assert.Equal(TableDiagnosticCodes.YamlSyntax, dataFile.Code);
        Assert.Equal((frontMatter.Line, frontMatter.Column, frontMatter.Message, frontMatter.Hint), (dataFile.Line, dataFile.Column, dataFile.Message, dataFile.Hint));
    }

    [Fact]
    public void Malformed_agency_file_names_its_line()
    {
        var site = SiteTest.Build(Site.Replace("name: 甲局", "name: 甲局\nlevel: [县级", StringComparison.Ordinal));
        Assert.False(site.Result.Succeeded);
        var d = site.AssertDiagnostic(DiagnosticCodes.YamlSyntax, "content/a/_agency.yml:");
        Assert.InRange(d.Line, 2, 3);
    }

    [Fact]
    public void Unknown_fields_of_site_and_agency_files_suggest_the_nearest()
    {
        var site = SiteTest.Build(Site
            .Replace("title: 文库", "title: 文库\ndescripton: 一句话", StringComparison.Ordinal)
            .Replace("name: 甲局", "name: 甲局\nshortname: 甲", StringComparison.Ordinal));
        Assert.Contains("`description`", site.AssertDiagnostic(DiagnosticCodes.UnknownField, "content/site.yml:2").Hint, StringComparison.Ordinal);
        Assert.Contains("`short_name`", site.AssertDiagnostic(DiagnosticCodes.UnknownField, "content/a/_agency.yml:2").Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_front_matter_field_and_unknown_data_file_key_get_the_same_hint()
    {
        var site = SiteTest.Build(Site.Replace("date: 2024-01-05", "date: 2024-01-05\nsumary: 摘要", StringComparison.Ordinal));
        Assert.Equal("是不是想写 `summary`？", site.AssertDiagnostic(DiagnosticCodes.UnknownField, "content/a/2023/x.md:5").Hint);
        var bag = new DiagnosticBag();
        DocumentTablesLoader.Load("content/x.yml", "tabels: {}\n", bag);
        Assert.Equal("是不是想写 `tables`？", Assert.Single(bag.ToSortedList(), d => d.Code == TableDiagnosticCodes.UnknownKey).Hint);
    }
}

using AngleSharp.Html.Parser;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Site;

/// <summary>The agency directory: every agency under its level, with the tree of agencies under it to any depth.</summary>
public sealed class AgencyDirectoryTests
{
    private static string Agency(string slug, string name, string level, string? parent) => $"""
        -- content/{slug}/_agency.yml --
        name: {name}
        level: {level}
        {(parent is null ? "" : $"parent: {parent}")}
        -- content/{slug}/2023/guide.md --
        ---
        title: {name}政府信息公开指南
        type: guide
        date: 2024-01-20
        ---
        正文
        """;

    [Fact]
    public void A_four_level_hierarchy_is_nested_under_its_top_agency()
    {
        var site = SiteTest.Build($"""
            -- content/site.yml --
            title: 文库
            {Agency("sd", "山东省人民政府办公厅", "省级", null)}
            {Agency("zibo", "淄博市人民政府办公室", "市级", "sd")}
            {Agency("linzi", "临淄区人民政府办公室", "县级", "zibo")}
            {Agency("xindian", "辛店街道办事处", "乡镇", "linzi")}
            """).AssertSucceeded();

        var doc = new HtmlParser().ParseDocument(site.Read("output/agencies/index.html"));
        Assert.Equal(["省级", "市级", "县级", "乡镇"], doc.QuerySelectorAll("main section h2").Select(h => h.TextContent));
        var province = doc.QuerySelector("#level-1 ~ .agency-tree")!;
        var deepest = province.QuerySelector(":scope > li > ul > li > ul > li > ul > li > a")!;
        Assert.Equal("辛店街道办事处", deepest.TextContent);
        Assert.Equal("/xindian/", deepest.GetAttribute("href"));
        Assert.Equal(["山东省人民政府办公厅", "淄博市人民政府办公室", "临淄区人民政府办公室", "辛店街道办事处"],
            province.QuerySelectorAll("a").Select(a => a.TextContent));

        // Each level lists its own agencies too, with what is under them.
        var county = doc.QuerySelector("#level-3 ~ .agency-tree")!;
        Assert.Equal(["临淄区人民政府办公室", "辛店街道办事处"], county.QuerySelectorAll("a").Select(a => a.TextContent));
    }

    [Fact]
    public void Agencies_that_name_each_other_as_parent_do_not_loop()
    {
        var site = SiteTest.Build($"""
            -- content/site.yml --
            title: 文库
            {Agency("a", "甲局", "县级", "b")}
            {Agency("b", "乙局", "县级", "a")}
            """).AssertSucceeded();

        var doc = new HtmlParser().ParseDocument(site.Read("output/agencies/index.html"));
        Assert.Equal(["甲局", "乙局", "乙局", "甲局"], doc.QuerySelectorAll(".agency-tree a").Select(a => a.TextContent));
    }
}

using AngleSharp.Html.Parser;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Site;

/// <summary>
/// The agency directory: every agency once, under its own level, nested under a parent of the same level to any
/// depth, naming a parent of another level.
/// </summary>
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
    public void Each_agency_is_listed_once_under_its_level_nested_under_a_parent_of_the_same_level()
    {
        var site = SiteTest.Build($"""
            -- content/site.yml --
            title: 文库
            {Agency("sd", "山东省人民政府办公厅", "省级", null)}
            {Agency("zibo", "淄博市人民政府办公室", "市级", "sd")}
            {Agency("linzi", "临淄区人民政府办公室", "县级", "zibo")}
            {Agency("linzi-gxj", "临淄区工业和信息化局", "县级", "linzi")}
            {Agency("linzi-gxj-ke", "临淄区工业和信息化局某科", "县级", "linzi-gxj")}
            {Agency("xindian", "辛店街道办事处", "乡镇", "linzi")}
            """).AssertSucceeded();

        var doc = new HtmlParser().ParseDocument(site.Read("output/agencies/index.html"));
        Assert.Equal(["省级", "市级", "县级", "乡镇"], doc.QuerySelectorAll("main section h2").Select(h => h.TextContent));
        string[] Names(string level) => [.. doc.QuerySelector($"#{level} ~ .agency-tree")!.QuerySelectorAll("a").Select(a => a.TextContent)];
        Assert.Equal(["山东省人民政府办公厅"], Names("level-1"));
        Assert.Equal(["淄博市人民政府办公室"], Names("level-2"));
        Assert.Equal(["临淄区人民政府办公室", "临淄区工业和信息化局", "临淄区工业和信息化局某科"], Names("level-3"));
        Assert.Equal(["辛店街道办事处"], Names("level-4"));

        var county = doc.QuerySelector("#level-3 ~ .agency-tree")!;
        var deepest = county.QuerySelector(":scope > li > ul > li > ul > li > a")!;
        Assert.Equal("/linzi-gxj-ke/", deepest.GetAttribute("href"));
        Assert.Equal("（上级：淄博市人民政府办公室）", county.QuerySelector(":scope > li > .agency-parent")!.TextContent);
        Assert.Null(county.QuerySelector(":scope ul .agency-parent"));
        Assert.Equal("（上级：临淄区人民政府办公室）", doc.QuerySelector("#level-4 ~ .agency-tree .agency-parent")!.TextContent);
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
        Assert.Equal(["甲局", "乙局"], doc.QuerySelectorAll(".agency-tree a").Select(a => a.TextContent));
    }

    // The sample archive's shape: agencies whose real parent has no documents here, grouped under its name; no
    // agency states its level, so no level heading (其他) stands above them.
    [Fact]
    public void Each_agency_is_listed_once_under_its_real_parent_named_but_not_linked_when_the_archive_has_no_page_for_it()
    {
        var site = SiteTest.Build($"""
            -- content/site.yml --
            title: 文库
            base_url: https://archive.example.gov.cn/
            {Named("linzi-gxj", "临淄区工业和信息化局", "临淄区人民政府")}
            {Named("pingtan-bgs", "平潭综合实验区管委会办公室", "平潭综合实验区管委会")}
            {Named("pingtan-jtj", "平潭综合实验区交通与建设局", "平潭综合实验区管委会")}
            {Named("pingtan-shs", "平潭综合实验区社会事业局", "平潭综合实验区管委会")}
            -- content/pingtan-jtj-ke/_agency.yml --
            name: 交通与建设局某科
            parent: pingtan-jtj
            parent_name: 不会用到的名称
            -- content/pingtan-jtj-ke/2023/guide.md --
            ---
            title: 指南
            type: guide
            date: 2024-01-20
            ---
            正文
            """).AssertSucceeded();
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Severity == StaticArchive.Core.Severity.Warning);

        var doc = new HtmlParser().ParseDocument(site.Read("output/agencies/index.html"));
        Assert.Empty(doc.QuerySelectorAll("main h2"));
        var top = doc.QuerySelectorAll("main .agency-tree > li").ToList();
        Assert.Equal(["临淄区人民政府", "平潭综合实验区管委会"], top.Select(li => li.QuerySelector(":scope > .agency-unlisted")!.TextContent));
        Assert.All(top, li => Assert.Equal("（本文库未收录其文档）", li.QuerySelector(":scope > .count")!.TextContent));
        string[] Under(int i) => [.. top[i].QuerySelectorAll(":scope > ul > li > a").Select(a => a.TextContent)];
        Assert.Equal(["临淄区工业和信息化局"], Under(0));
        Assert.Equal(["平潭综合实验区管委会办公室", "平潭综合实验区交通与建设局", "平潭综合实验区社会事业局"], Under(1));
        Assert.Equal("/pingtan-jtj-ke/", top[1].QuerySelector(":scope > ul > li > ul > li > a")!.GetAttribute("href"));
        var links = doc.QuerySelectorAll("main .agency-tree a").Select(a => a.TextContent).ToList();
        Assert.Equal(5, links.Count);
        Assert.Equal(links.Count, links.Distinct().Count());
        Assert.DoesNotContain("不会用到的名称", doc.Body!.TextContent, StringComparison.Ordinal);

        var fact = new HtmlParser().ParseDocument(site.Read("output/linzi-gxj/index.html"))
            .QuerySelectorAll(".facts > div").Single(d => d.QuerySelector("dt")!.TextContent == "上级机关");
        Assert.Equal("临淄区人民政府", fact.QuerySelector("dd")!.TextContent);
        Assert.Null(fact.QuerySelector("a"));
    }

    private static string Named(string slug, string name, string parentName) => $"""
        -- content/{slug}/_agency.yml --
        name: {name}
        parent_name: {parentName}
        -- content/{slug}/2023/guide.md --
        ---
        title: {name}政府信息公开指南
        type: guide
        date: 2024-01-20
        ---
        正文
        """;
}

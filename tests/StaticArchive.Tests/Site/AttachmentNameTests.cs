using StaticArchive.Core;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Site;

/// <summary>
/// An attachment is copied beside its document's page: a name the site writes there itself, or the same file
/// listed twice, is a diagnostic at its line, not a second write to one path (which ended the build).
/// </summary>
public sealed class AttachmentNameTests
{
    private static SiteTest Build(string attachments, string extra = "") => SiteTest.Build($"""
        -- content/site.yml --
        title: 文库
        -- content/a/_agency.yml --
        name: 甲局
        -- content/a/2023/x.md --
        ---
        title: 标题
        type: guide
        date: 2024-01-05
        attachments:
        {attachments}
        ---
        正文
        -- content/a/2023/index.html --
        <p>附件</p>
        -- content/a/2023/figures.csv --
        a,b
        -- content/a/2023/figures.json --
        []
        -- content/a/2023/plan.csv --
        a,b
        {extra}
        """);

    [Theory]
    [InlineData("index.html")]
    [InlineData("figures.csv")]
    [InlineData("figures.json")]
    public void A_name_the_site_writes_beside_the_page_is_refused_at_its_line(string name)
    {
        var site = Build($"  - file: {name}\n    title: 附件");

        Assert.False(site.Result.Succeeded);
        var d = site.AssertDiagnostic(DiagnosticCodes.AttachmentNameTaken, "content/a/2023/x.md:6");
        Assert.Contains(name, d.Message, StringComparison.Ordinal);
        Assert.False(site.Exists("output/index.html"));
    }

    [Theory]
    [InlineData("plan.csv", "plan.csv")]
    [InlineData("plan.csv", "./plan.csv")]
    public void The_same_file_listed_twice_is_refused_at_the_second_line(string first, string second)
    {
        var site = Build($"  - {first}\n  - {second}");

        Assert.False(site.Result.Succeeded);
        site.AssertDiagnostic(DiagnosticCodes.AttachmentNameTaken, "content/a/2023/x.md:7");
    }

    [Fact]
    public void A_file_in_a_sub_folder_may_be_called_index_html()
    {
        var site = Build("  - files/index.html", "-- content/a/2023/files/index.html --\n<p>附件</p>\n");

        site.AssertSucceeded();
        site.AssertFile("output/a/2023/x/files/index.html", "<p>附件</p>");
    }
}

using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>A 索引号 copied from a notice finds its document, and the result shows the line it matched in.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MetadataSearchTests(BrowserFixture fixture)
{
    private static readonly Dictionary<string, string> Files = new()
    {
        ["content/site.yml"] = "title: 信息公开文库\nbase_url: https://archive.example.gov.cn/\n",
        ["content/linzi-gxj/_agency.yml"] = "name: 临淄区工业和信息化局\nshort_name: 临淄工信局\nlevel: 县级\n",
        ["content/linzi-gxj/2023/notice.md"] = """
            ---
            title: 关于做好安全生产工作的通知
            type: document
            date: 2023-04-01
            index_no: 11370305MB2854017X/2023-00012
            doc_no: 临工信发〔2023〕7号
            ---
            各有关单位：请做好安全生产工作。
            """,
        ["content/linzi-gxj/2023/other.md"] = """
            ---
            title: 关于开展统计工作的通知
            type: document
            date: 2023-05-01
            index_no: 11370305MB2854017X/2023-00013
            ---
            各有关单位：请按时报送统计数据。
            """,
    };

    [BrowserFact]
    public async Task An_index_number_query_finds_its_document_and_shows_the_matched_field()
    {
        var work = Path.Combine(Path.GetTempPath(), "sa-meta-search-" + Guid.NewGuid().ToString("N")[..8]);
        foreach (var (path, text) in Files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(work, path))!);
            File.WriteAllText(Path.Combine(work, path), text + "\n");
        }

        await using (var site = await BuiltSite.BuildAndServeAsync(Path.Combine(work, "content"), Path.Combine(work, "output"), "/"))
        {
            var context = await fixture.Browser.NewContextAsync(ViewMode.Default.ContextOptions());
            var page = await context.NewPageAsync();
            await page.GotoAsync(site.PageUrl("search/?q=" + Uri.EscapeDataString("11370305MB2854017X/2023-00012")));
            await page.Locator(".search-results a").First.WaitForAsync();
            var links = await page.Locator(".search-results > li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)");
            Assert.Equal(["/linzi-gxj/2023/notice/"], links);
            var field = page.Locator(".search-results .search-field");
            Assert.Equal("索引号：11370305MB2854017X/2023-00012", (await field.InnerTextAsync()).Trim());
            Assert.Equal("11370305MB2854017X/2023-00012", await field.Locator("mark").InnerTextAsync());

            await page.GotoAsync(site.PageUrl("search/?q=" + Uri.EscapeDataString("临工信发〔2023〕7号")));
            await page.Locator(".search-results a").First.WaitForAsync();
            Assert.Equal(1, await page.Locator(".search-results > li").CountAsync());
            Assert.Contains("文号：", await page.Locator(".search-results .search-field").InnerTextAsync(), StringComparison.Ordinal);
            await context.CloseAsync();
        }

        Directory.Delete(work, recursive: true);
    }
}

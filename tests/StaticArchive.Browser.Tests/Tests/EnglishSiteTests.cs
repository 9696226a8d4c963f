using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>
/// The sample archive with <c>language: en</c>: what the stylesheet adds to the words (the colon after a label)
/// follows the page's language too, and the English pages pass axe like the Chinese ones.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class EnglishSiteTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Labels_end_in_an_ascii_colon_and_the_agency_page_passes_axe()
    {
        var work = Path.Combine(Path.GetTempPath(), "sa-browser-en-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var content = Path.Combine(work, "content");
            Copy(RepositoryRoot.Combine("content"), content);
            var settings = Path.Combine(content, "site.yml");
            await File.WriteAllTextAsync(settings, (await File.ReadAllTextAsync(settings)).Replace("language: zh-CN", "language: en", StringComparison.Ordinal));
            await using var site = await BuiltSite.BuildAndServeAsync(content, Path.Combine(work, "output"), "/");

            await using var session = await fixture.OpenAsync(site.PageUrl("linzi-gxj/"), ViewMode.Default);
            var page = session.Page;
            Assert.Equal("en", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
            var colons = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('dt')].map(dt => getComputedStyle(dt, '::after').content)");
            Assert.NotEmpty(colons);
            Assert.All(colons, c => Assert.Equal("\":\"", c));
            Assert.Null(AxeCheck.Describe(await AxeCheck.ViolationsAsync(page, "en-agency")));

            await using var chinese = await fixture.OpenAsync(PageCatalogue.Agency, ViewMode.Default);
            Assert.Equal("\"：\"", await chinese.Page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('dt'), '::after').content"));
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

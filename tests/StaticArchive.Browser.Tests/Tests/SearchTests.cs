using System.Net;
using System.Text.RegularExpressions;
using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>
/// The search page in a real browser: a Chinese query lists exactly the documents whose text contains it
/// (checked against a brute-force scan of the built pages), highlights the matches, filters, opens a result
/// and comes back.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class SearchTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task A_chinese_query_lists_exactly_the_documents_that_contain_it_and_back_returns_to_them()
    {
        var expected = DocumentsContaining(fixture.Sample.Output, "复议");
        Assert.NotEmpty(expected);

        await using var session = await fixture.OpenAsync(fixture.Sample.PageUrl("search/?q=" + Uri.EscapeDataString("复议")), ViewMode.Default);
        var page = session.Page;
        await page.Locator(".search-results a").First.WaitForAsync();
        var more = page.Locator(".search-more");
        for (var i = 0; i < 20 && await more.IsVisibleAsync(); i++)
        {
            var before = await page.Locator(".search-results > li").CountAsync();
            await more.ClickAsync();
            await page.WaitForFunctionAsync($"() => document.querySelectorAll('.search-results > li').length > {before}");
        }

        // The heading links to the page; a result may also link to its original (来源).
        var found = (await page.Locator(".search-results > li h2 a").EvaluateAllAsync<string[]>("links => links.map(a => new URL(a.href).pathname)"))
            .Select(p => p.TrimStart('/')).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, found);
        Assert.True(await page.Locator(".search-results mark").CountAsync() > 0, "matches are not marked");
        Assert.Contains(expected.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator(".search-status").InnerTextAsync(), StringComparison.Ordinal);

        // Each wait starts before its action: a navigation that commits before the wait begins would be missed.
        var filtered = page.WaitForURLAsync(new Regex("year=2023"));
        await page.SelectOptionAsync("#search-year", "2023");
        await filtered;
        await page.Locator(".search-results a").First.WaitForAsync();
        var years = await page.Locator(".search-results > li").AllInnerTextsAsync();
        Assert.All(years, text => Assert.Contains("2023", text, StringComparison.Ordinal));
        Assert.True(years.Count < expected.Count, "the year filter did not narrow the results");

        var first = page.Locator(".search-results > li a").First;
        var href = await first.GetAttributeAsync("href");
        var opened = page.WaitForURLAsync(new Uri(new Uri(page.Url), href!).ToString());
        await first.ClickAsync();
        await opened;
        await page.GoBackAsync();
        await page.Locator(".search-results a").First.WaitForAsync();
        Assert.Contains("year=2023", page.Url, StringComparison.Ordinal);
        Assert.Equal("复议", await page.Locator("#search-q").InputValueAsync());
    }

    [BrowserFact]
    public async Task A_filter_option_with_no_results_is_not_offered()
    {
        await using var session = await fixture.OpenAsync(fixture.Sample.PageUrl("search/?q=" + Uri.EscapeDataString("复议")), ViewMode.Default);
        var page = session.Page;
        await page.Locator(".search-results a").First.WaitForAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#search-year option').length > 1");
        var options = await page.Locator("#search-year option, #search-type option").AllInnerTextsAsync();
        Assert.DoesNotContain(options, o => o.EndsWith("(0)", StringComparison.Ordinal));
        Assert.Contains(options, o => o.EndsWith(")", StringComparison.Ordinal));
    }

    /// <summary>Document pages (agency/year/slug/index.html) whose visible main text contains the query.</summary>
    private static List<string> DocumentsContaining(string output, string query) =>
        Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(p => DocumentPath().IsMatch(p))
            .Where(p => MainText(File.ReadAllText(Path.Combine(output, p))).Contains(query, StringComparison.Ordinal))
            .Select(p => p[..^"index.html".Length])
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string MainText(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.IndexOf("</main>", StringComparison.Ordinal);
        return WebUtility.HtmlDecode(Tags().Replace(html[start..end], ""));
    }

    [GeneratedRegex("^[a-z0-9-]+/[0-9]{4}/[a-z0-9-]+/index\\.html$")]
    private static partial Regex DocumentPath();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

using Microsoft.Playwright;
using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>全程键盘: everything a reader can do with a mouse they can do with Tab and Enter, and they see where they are.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Tab_reaches_the_header_search_box_soon_after_the_navigation()
    {
        await using var session = await fixture.OpenAsync(PageCatalogue.Agency, ViewMode.Default);
        var stop = await KeyboardWalk.TabUntilAsync(session.Page, s => s.Element == "input#site-search-q", limit: 12);
        Assert.NotNull(stop);
    }

    [BrowserTheory]
    [InlineData("default")]
    [InlineData("large-text")]
    [InlineData("phone-375")]
    [InlineData("zoom-200")]
    public async Task Every_focused_element_is_visible_unobscured_and_outlined(string modeName)
    {
        var mode = ViewModes.Named(modeName);
        PageKind[] pages = [PageCatalogue.Home, PageCatalogue.Report, PageCatalogue.GeneratedReport];
        var problems = await Concurrently.CollectAsync(pages, async kind =>
        {
            await using var session = await fixture.OpenAsync(kind, mode);
            var stops = await KeyboardWalk.TabThroughAsync(session.Page, limit: 45);
            return stops
                .Where(s => s.Element != "body" && (!s.Visible || s.Obscured || !s.HasFocusIndicator))
                .Select(s => $"{kind.Name} {mode.Name}: {s.Element} \"{s.Text}\" visible={s.Visible} obscured={s.Obscured} outlined={s.HasFocusIndicator}");
        });

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserFact]
    public async Task Table_scroll_regions_are_named_focusable_and_scroll_with_arrow_keys()
    {
        await using var session = await fixture.OpenAsync(PageCatalogue.GeneratedReport, ViewMode.Phone);
        var page = session.Page;
        var regions = page.Locator("div.table-scroll");
        var count = await regions.CountAsync();
        Assert.True(count >= 3, $"the report has {count} table regions");
        for (var i = 0; i < count; i++)
        {
            var region = regions.Nth(i);
            Assert.Equal("region", await region.GetAttributeAsync("role"));
            Assert.Equal("0", await region.GetAttributeAsync("tabindex"));
            var labelledBy = await region.GetAttributeAsync("aria-labelledby");
            Assert.False(string.IsNullOrEmpty(labelledBy), "a table region has no name");
            Assert.Equal(1, await page.Locator($"[id='{labelledBy}']").CountAsync());
        }

        var reached = await KeyboardWalk.TabUntilAsync(page, s => s.Element.StartsWith("div.table-scroll", StringComparison.Ordinal), limit: 80);
        Assert.NotNull(reached);
        Assert.True(reached.HasFocusIndicator, "the focused table region shows no focus indicator");

        // At 375 px the widest table (三, eight columns) must scroll sideways, and the arrow keys must scroll it.
        var wide = -1;
        for (var i = 0; i < count && wide < 0; i++)
        {
            wide = await regions.Nth(i).EvaluateAsync<bool>("el => el.scrollWidth > el.clientWidth") ? i : -1;
        }

        Assert.True(wide >= 0, "no table region scrolls sideways on a phone, so the arrow keys are not tested");
        var scroller = regions.Nth(wide);
        await scroller.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForTimeoutAsync(150);
        Assert.True(await scroller.EvaluateAsync<double>("el => el.scrollLeft") > 0, "ArrowRight did not scroll the table");
    }

    [BrowserFact]
    public async Task Search_page_tab_order_reaches_the_filters_then_the_results_and_enter_opens_one()
    {
        await using var session = await fixture.OpenAsync(PageCatalogue.SearchWithResults, ViewMode.Default);
        var page = session.Page;
        await page.Locator(".search-results a").First.WaitForAsync();
        await page.Locator("#search-q").FocusAsync();
        var order = new List<string>();
        for (var i = 0; i < 8 && !order.Any(o => o.StartsWith('a')); i++)
        {
            await page.Keyboard.PressAsync("Tab");
            order.Add((await KeyboardWalk.CurrentAsync(page)).Element);
        }

        var filters = order.TakeWhile(o => !o.StartsWith('a')).Where(o => o.StartsWith("select", StringComparison.Ordinal)).ToList();
        Assert.True(filters.Count >= 1, "Tab from the search box reached no filter: " + string.Join(" → ", order));
        Assert.True(order[^1].StartsWith('a'), "Tab did not reach a result: " + string.Join(" → ", order));

        var href = await page.EvaluateAsync<string>("() => document.activeElement.href");
        // Waiting starts before the key press: a navigation that commits before the wait begins would be missed.
        var opened = page.WaitForURLAsync(href);
        await page.Keyboard.PressAsync("Enter");
        await opened;
        Assert.Equal(1, await page.Locator("h1").CountAsync());
    }
}

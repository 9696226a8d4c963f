using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>The 大字体高对比 (适老化) button: on every page, it switches the mode, says so, and the choice follows the reader.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LargeTextModeTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Every_page_has_the_toggle_and_it_enlarges_the_text()
    {
        var problems = await PageLanes.VisitAsync(fixture, PageCatalogue.All, ViewMode.Default, async (kind, page) =>
        {
            var toggle = page.Locator("#prefs-toggle");
            if (!await toggle.IsVisibleAsync())
            {
                return [$"{kind.Name}: no visible 大字体高对比 button"];
            }

            var before = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('main p, main li, main td') || document.body).fontSize)");
            await toggle.ClickAsync();
            var after = await page.EvaluateAsync<double>("() => parseFloat(getComputedStyle(document.querySelector('main p, main li, main td') || document.body).fontSize)");
            var list = new List<string>();
            if (await toggle.GetAttributeAsync("aria-pressed") != "true")
            {
                list.Add($"{kind.Name}: the button does not say it is pressed");
            }

            if (!(after >= before * 1.25))
            {
                list.Add($"{kind.Name}: text grew from {before}px only to {after}px");
            }

            // The click stored the choice; the lane's next page must start without it, as in a fresh context.
            await LargeTextSwitch.ForgetAsync(page);
            return list;
        });

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserFact]
    public async Task The_choice_is_remembered_on_the_next_page_and_can_be_undone_by_keyboard()
    {
        await using var session = await fixture.OpenAsync(PageCatalogue.Home, ViewMode.Default);
        var page = session.Page;
        await page.Locator("#prefs-toggle").ClickAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('large-text')"));

        await page.GotoAsync(fixture.UrlOf(PageCatalogue.Report));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('large-text')"),
            "the report page forgot the large-text choice");
        Assert.Equal("true", await page.Locator("#prefs-toggle").GetAttributeAsync("aria-pressed"));

        await page.Locator("#prefs-toggle").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('large-text')"));
        await page.GotoAsync(fixture.UrlOf(PageCatalogue.Agency));
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('large-text')"),
            "switching the mode off was not remembered");
    }
}

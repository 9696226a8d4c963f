using Microsoft.Playwright;
using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>The print stylesheet and the system's reduced-motion setting.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MediaTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Printing_hides_navigation_and_keeps_the_document()
    {
        await using var session = await fixture.OpenAsync(PageCatalogue.Report, ViewMode.Default);
        var page = session.Page;
        Assert.Equal(1, await page.Locator("link[rel=stylesheet][media=print]").CountAsync());
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });
        foreach (var selector in new[] { ".site-header", ".breadcrumbs", ".site-footer", ".skip-link", "#prefs-toggle" })
        {
            var display = await page.Locator(selector).First.EvaluateAsync<string>("el => getComputedStyle(el).display");
            Assert.True(display == "none", $"{selector} is printed (display: {display})");
        }

        Assert.True(await page.Locator("main h1").IsVisibleAsync());
        Assert.True(await page.Locator("main table").First.IsVisibleAsync());
    }

    [BrowserFact]
    public async Task Reduced_motion_turns_off_transitions_and_smooth_scrolling()
    {
        await using var session = await fixture.OpenAsync(PageCatalogue.Home, ViewMode.ReducedMotionDarkPhone);
        var moving = await session.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('*')].filter(el => {
              const s = getComputedStyle(el);
              return s.animationName !== 'none' || parseFloat(s.transitionDuration) > 0 || s.scrollBehavior === 'smooth';
            }).map(el => el.tagName + '.' + el.className).slice(0, 5)
            """);
        Assert.Empty(moving);
    }
}

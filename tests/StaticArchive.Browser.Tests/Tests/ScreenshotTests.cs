using Microsoft.Playwright;
using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>
/// Full-page screenshots of the pages readers use most, on a phone and a desktop, with and without the 大字体 mode,
/// for a person to look at (nothing is compared automatically: the axe, reflow and keyboard tests do the checking).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Key_pages_are_captured_at_375_and_1280_pixels()
    {
        Directory.CreateDirectory(Artifacts.Screenshots);
        PageKind[] pages = [PageCatalogue.Home, PageCatalogue.Agency, PageCatalogue.Report,
            PageCatalogue.SearchWithResults];
        ViewMode[] modes = [ViewMode.Phone, ViewMode.Default, ViewMode.PhoneLargeText];
        var shots = pages.SelectMany(p => modes.Select(m => (Page: p, Mode: m)));
        var written = await Concurrently.CollectAsync(shots, async shot =>
        {
            await using var session = await fixture.OpenAsync(shot.Page, shot.Mode);
            if (shot.Page == PageCatalogue.SearchWithResults)
            {
                await session.Page.Locator(".search-results a").First.WaitForAsync();
            }

            var file = Path.Combine(Artifacts.Screenshots, $"{shot.Page.Name}-{shot.Mode.Name}.png");
            await session.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Timeout = 180_000 });
            return new[] { file };
        });

        Assert.All(written, file => Assert.True(new FileInfo(file).Length > 0, file));
    }
}

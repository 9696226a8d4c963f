using Microsoft.Playwright;

namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>Switches the open page into or out of the 大字体高对比 mode as a returning reader would find it.</summary>
public static class LargeTextSwitch
{
    /// <summary>
    /// Stores the choice the way prefs.js does and reloads, so the page comes up in the mode from its first paint,
    /// exactly as in a context that had the choice stored before the visit (<see cref="ViewMode.IsLargeText"/>).
    /// </summary>
    public static async Task SetAsync(IPage page, bool on)
    {
        await page.EvaluateAsync(
            "on => { if (on) localStorage.setItem('sa-large', '1'); else localStorage.removeItem('sa-large'); }", on);
        await page.ReloadAsync(new PageReloadOptions { WaitUntil = WaitUntilState.Load });
        var applied = await page.EvaluateAsync<bool>("() => document.documentElement.classList.contains('large-text')");
        if (applied != on)
        {
            throw new InvalidOperationException($"{page.Url}: the large-text mode did not switch {(on ? "on" : "off")} after a reload.");
        }
    }

    /// <summary>Forgets the stored choice without reloading, so the next page this tab opens starts without it.</summary>
    public static Task ForgetAsync(IPage page) => page.EvaluateAsync("() => localStorage.removeItem('sa-large')");
}

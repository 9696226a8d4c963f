using Microsoft.Playwright;
using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>axe-core's WCAG 2.2 A/AA rules find nothing on any kind of page, in any way a reader views it.</summary>
/// <remarks>
/// Each page is loaded once per window set-up and checked with and without the 大字体 mode in that one page
/// (see <see cref="LargeTextSwitch"/>): the same documents as a fresh context per mode, at half the cost.
/// </remarks>
[Collection(BrowserCollection.Name)]
public sealed class AxeTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Every_page_kind_has_no_axe_violations_on_a_desktop_with_and_without_large_text() =>
        await AssertNoViolationsAsync(ViewMode.Default, contrastOnly: false, ViewMode.LargeText, largeTextContrastOnly: false);

    // The 大字体 mode on a phone changes colours and sizes at once; its contrast is what the phone adds to the desktop check.
    [BrowserFact]
    public async Task Every_page_kind_has_no_axe_violations_on_a_phone_and_keeps_contrast_with_large_text() =>
        await AssertNoViolationsAsync(ViewMode.Phone, contrastOnly: false, ViewMode.PhoneLargeText, largeTextContrastOnly: true);

    // Dark scheme with reduced motion changes colours only: the contrast rule alone.
    [BrowserFact]
    public async Task Every_page_kind_keeps_enough_colour_contrast_in_dark_mode_with_reduced_motion() =>
        await AssertNoViolationsAsync(ViewMode.ReducedMotionDarkPhone, contrastOnly: true, largeText: null, largeTextContrastOnly: true);

    private async Task AssertNoViolationsAsync(ViewMode mode, bool contrastOnly, ViewMode? largeText, bool largeTextContrastOnly)
    {
        if (largeText is not null && !mode.DiffersOnlyInLargeText(largeText))
        {
            throw new InvalidOperationException($"{largeText.Name} cannot be shown in a {mode.Name} page.");
        }

        var violations = await PageLanes.VisitAsync(fixture, PageCatalogue.All, mode, async (kind, page) =>
        {
            var found = new List<string>(await RunAsync(page, $"{kind.Name} {mode.Name}", contrastOnly));
            if (largeText is not null)
            {
                await LargeTextSwitch.SetAsync(page, on: true);
                found.AddRange(await RunAsync(page, $"{kind.Name} {largeText.Name}", largeTextContrastOnly));
                // The lane's next page starts without the choice, as in a fresh context.
                await LargeTextSwitch.ForgetAsync(page);
            }

            return found;
        });

        Assert.True(violations.Count == 0, AxeCheck.Describe(violations));
    }

    private static Task<IReadOnlyList<string>> RunAsync(IPage page, string label, bool contrastOnly) =>
        contrastOnly ? AxeCheck.ContrastViolationsAsync(page, label) : AxeCheck.ViolationsAsync(page, label);
}

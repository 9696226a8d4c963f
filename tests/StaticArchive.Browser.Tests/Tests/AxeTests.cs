using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>axe-core's WCAG 2.2 A/AA rules find nothing on any kind of page, in any way a reader views it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeTests(BrowserFixture fixture)
{
    /// <summary>Every page kind is checked against every WCAG A/AA rule in these modes.</summary>
    public static TheoryData<string> FullModes => new()
    {
        ViewMode.Default.Name,
        ViewMode.LargeText.Name,
        ViewMode.Phone.Name,
    };

    /// <summary>Dark scheme with reduced motion, and the 大字体 mode on a phone, change colours: the contrast rule alone.</summary>
    public static TheoryData<string> ColourModes => new()
    {
        ViewMode.ReducedMotionDarkPhone.Name,
        ViewMode.PhoneLargeText.Name,
    };

    [BrowserTheory]
    [MemberData(nameof(FullModes))]
    public async Task Every_page_kind_has_no_axe_violations(string modeName) =>
        await AssertNoViolationsAsync(ViewModes.Named(modeName), contrastOnly: false);

    [BrowserTheory]
    [MemberData(nameof(ColourModes))]
    public async Task Every_page_kind_keeps_enough_colour_contrast(string modeName) =>
        await AssertNoViolationsAsync(ViewModes.Named(modeName), contrastOnly: true);

    private async Task AssertNoViolationsAsync(ViewMode mode, bool contrastOnly)
    {
        var violations = await Concurrently.CollectAsync(PageCatalogue.All, async kind =>
        {
            await using var session = await fixture.OpenAsync(kind, mode);
            var label = $"{kind.Name} {mode.Name}";
            return (IEnumerable<string>)await (contrastOnly
                ? AxeCheck.ContrastViolationsAsync(session.Page, label)
                : AxeCheck.ViolationsAsync(session.Page, label));
        });

        Assert.True(violations.Count == 0, AxeCheck.Describe(violations));
    }
}

using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>WCAG 1.4.10 Reflow and 1.4.4 Resize Text: at 320 px and at 200% zoom nothing scrolls sideways but the tables.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReflowTests(BrowserFixture fixture)
{
    // Page-level horizontal scrolling, and which elements (outside the table regions) stick out to the right.
    private const string OverflowScript = """
        () => {
          const width = document.documentElement.clientWidth;
          const problems = [];
          if (document.documentElement.scrollWidth > width) problems.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
          for (const el of document.body.querySelectorAll('*')) {
            if (el.closest('.table-scroll') || el.closest('.visually-hidden') || el.closest('.skip-link')) continue;
            const r = el.getBoundingClientRect();
            if (r.width > 0 && r.right > width + 1) { problems.push(`${el.tagName.toLowerCase()}.${el.className} sticks out to ${Math.round(r.right)}px`); if (problems.length > 5) break; }
          }
          return problems;
        }
        """;

    [BrowserTheory]
    [InlineData("narrow-320")]
    [InlineData("zoom-200")]
    [InlineData("phone-375-large-text")]
    public async Task No_page_scrolls_sideways_outside_its_table_regions(string modeName)
    {
        var mode = ViewModes.Named(modeName);
        var problems = await PageLanes.VisitAsync(fixture, PageCatalogue.All, mode, async (kind, page) =>
        {
            var found = await page.EvaluateAsync<string[]>(OverflowScript);
            return found.Select(p => $"{kind.Name} {mode.Name}: {p}");
        });

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserFact]
    public async Task At_200_percent_zoom_the_navigation_search_and_prefs_button_are_all_on_screen()
    {
        await using var session = await fixture.OpenAsync(PageCatalogue.Report, ViewMode.Zoom200);
        var page = session.Page;
        // The nav's 搜索 link stands in for the header's search form on a phone only.
        foreach (var selector in new[] { ".site-nav li:not(.nav-search) a", "#site-search-q", ".site-search button", "#prefs-toggle", "h1", ".breadcrumbs a" })
        {
            var items = page.Locator(selector);
            for (var i = 0; i < await items.CountAsync(); i++)
            {
                Assert.True(await items.Nth(i).IsVisibleAsync(), $"{selector} #{i} is hidden at 200%");
                var box = await items.Nth(i).BoundingBoxAsync();
                Assert.NotNull(box);
                Assert.True(box.X >= 0 && box.X + box.Width <= 640 + 1, $"{selector} #{i} is off screen at 200% ({box.X}+{box.Width})");
            }
        }
    }
}

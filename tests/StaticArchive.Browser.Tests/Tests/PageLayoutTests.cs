using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>
/// The page frame as readers see it: header, breadcrumbs and footer on the content's column on a desktop; no
/// label broken inside a word and no heading ending on a lone character on a phone.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageLayoutTests(BrowserFixture fixture)
{
    // The pages of the reader archive, each kind once.
    private static readonly PageKind[] Pages =
    [
        new("home", SiteKind.Reader, ""),
        new("agency-directory", SiteKind.Reader, "agencies/"),
        new("agency", SiteKind.Reader, ReaderArchive.Agency),
        new("report", SiteKind.Reader, ReaderArchive.Report),
        new("proposal-list", SiteKind.Reader, ReaderArchive.Proposals),
        new("proposal", SiteKind.Reader, "qu-gxj/2023/npc-19/"),
        new("data", SiteKind.Reader, "data/"),
        new("site-map", SiteKind.Reader, "sitemap/"),
        new("accessibility", SiteKind.Reader, "accessibility/"),
    ];

    // Left edges of the frame's first items and of the heading, right edges of the 大字体 button and the h2 rule.
    private const string EdgesScript = """
        () => {
          const left = s => Math.round(document.querySelector(s).getBoundingClientRect().left);
          const right = s => Math.round(document.querySelector(s).getBoundingClientRect().right);
          return [`site title ${left('.site-title')}`, `navigation ${left('.site-nav a')}`, `breadcrumbs ${left('.breadcrumbs ol')}`,
            `heading ${left('main h1')}`, `footer ${left('.footer-links a')}`, `| prefs button ${right('.prefs-toggle')}`, `section rule ${right('main h2')}`];
        }
        """;

    // Each footer label and link, and each heading: how many lines it takes, and whether its last line is one character.
    private const string LinesScript = """
        () => {
          const problems = [];
          const chars = el => {
            const out = [];
            const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            for (let n = walk.nextNode(); n; n = walk.nextNode()) {
              if (n.parentElement.closest('.visually-hidden, [aria-hidden="true"]')) continue;
              for (let i = 0; i < n.data.length; i++) if (n.data[i].trim()) out.push([n, i]);
            }
            return out;
          };
          const top = ([n, i]) => { const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1); return r.getBoundingClientRect().top; };
          for (const el of document.querySelectorAll('.footer-links a, .footer-facts dt')) {
            const c = chars(el);
            if (c.length > 1 && Math.abs(top(c[0]) - top(c[c.length - 1])) > 2) problems.push(`footer label “${el.textContent.trim()}” is broken across lines`);
          }
          for (const el of document.querySelectorAll('main h1, main h2, main h3')) {
            const c = chars(el);
            if (c.length > 2 && Math.abs(top(c[c.length - 1]) - top(c[c.length - 2])) > 2) problems.push(`heading “${el.textContent.trim()}” ends on a lone character`);
          }
          return problems;
        }
        """;

    [BrowserFact]
    public async Task At_1280_pixels_header_breadcrumbs_and_footer_line_up_with_the_content()
    {
        await using var session = await fixture.OpenAsync(fixture.Reader.PageUrl(ReaderArchive.Report), ViewMode.Default);
        var edges = await session.Page.EvaluateAsync<string[]>(EdgesScript);
        var lefts = edges.TakeWhile(e => !e.StartsWith('|')).Select(Number).ToArray();
        var rights = edges.SkipWhile(e => !e.StartsWith('|')).Select(Number).ToArray();
        var report = string.Join(", ", edges);
        Assert.True(lefts.Max() - lefts.Min() <= 1, report);
        Assert.True(lefts.Min() > 100, "the column is not centred at 1280 px: " + report);
        Assert.True(rights.Max() - rights.Min() <= 1, report);
    }

    [BrowserTheory]
    [InlineData("narrow-320")]
    [InlineData("phone-375")]
    [InlineData("phone-375-large-text")]
    public async Task On_a_phone_no_footer_label_breaks_inside_and_no_heading_ends_on_a_lone_character(string modeName)
    {
        var mode = ViewModes.Named(modeName);
        var problems = await PageLanes.VisitAsync(fixture, Pages, mode, async (kind, page) =>
            (await page.EvaluateAsync<string[]>(LinesScript)).Select(p => $"{kind.Name} {mode.Name}: {p}"));
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserFact]
    public async Task On_a_phone_the_headers_search_form_gives_way_to_a_search_link_so_the_heading_is_on_the_first_screen()
    {
        await using var session = await fixture.OpenAsync(fixture.Reader.PageUrl(ReaderArchive.Proposals), ViewMode.PhoneLargeText);
        var page = session.Page;
        Assert.False(await page.Locator("#site-search-q").IsVisibleAsync());
        var link = page.Locator(".site-nav").GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "搜索", Exact = true });
        Assert.True(await link.IsVisibleAsync());
        var heading = await page.Locator("main h1").BoundingBoxAsync();
        Assert.True(heading is not null && heading.Y + heading.Height <= ViewMode.PhoneLargeText.Height, $"the heading ends at {heading?.Y + heading?.Height} px, below the first screen");
        await link.ClickAsync();
        await page.WaitForURLAsync("**/search/");
        Assert.True(await page.Locator("#search-q").IsVisibleAsync());
    }

    private static int Number(string edge) => int.Parse(edge[(edge.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
}

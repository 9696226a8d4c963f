using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>
/// What every page must have beyond axe's rules: the language, one h1, headings that never skip a level, the
/// landmarks, a title that names the page before the site, a skip link first, and CJK-friendly line spacing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PageStructureTests(BrowserFixture fixture)
{
    // Returns a list of problems found on the page, so all pages' problems are reported together.
    private const string StructureScript = """
        () => {
          const problems = [];
          const lang = document.documentElement.lang;
          if (lang !== 'zh-CN') problems.push(`html lang is "${lang}", not "zh-CN"`);
          const h1s = document.querySelectorAll('h1');
          if (h1s.length !== 1) problems.push(`${h1s.length} h1 elements`);
          let previous = 0;
          for (const h of document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')) {
            const level = Number(h.tagName[1]);
            if (previous === 0 && level !== 1) problems.push(`main starts with ${h.tagName}`);
            if (previous > 0 && level > previous + 1) problems.push(`heading skips from h${previous} to ${h.tagName}: "${h.textContent.trim()}"`);
            previous = level;
          }
          const count = sel => document.querySelectorAll(sel).length;
          if (count('header.site-header') !== 1 || document.querySelector('main header.site-header')) problems.push('no page-level header (banner)');
          if (count('main') !== 1) problems.push(`${count('main')} main elements`);
          if (count('body > footer') !== 1) problems.push('no page-level footer (contentinfo)');
          for (const nav of document.querySelectorAll('nav')) {
            if (!nav.getAttribute('aria-label') && !nav.getAttribute('aria-labelledby')) problems.push('a nav without a label');
          }
          if (count('form[role=search]') < 1) problems.push('no search landmark');
          const style = getComputedStyle(document.body);
          const ratio = parseFloat(style.lineHeight) / parseFloat(style.fontSize);
          if (!(ratio >= 1.5)) problems.push(`body line-height ${style.lineHeight} is under 1.5 × ${style.fontSize}`);
          for (const p of document.querySelectorAll('main p, main li')) {
            const s = getComputedStyle(p);
            const r = parseFloat(s.lineHeight) / parseFloat(s.fontSize);
            if (s.lineHeight !== 'normal' && r < 1.5) { problems.push(`line-height ${r.toFixed(2)} on ${p.tagName}.${p.className}`); break; }
          }
          return problems;
        }
        """;

    [BrowserFact]
    public async Task Every_page_has_language_one_h1_ordered_headings_landmarks_and_spacing()
    {
        var problems = await PageLanes.VisitAsync(fixture, PageCatalogue.All, ViewMode.Default, async (kind, page) =>
        {
            var found = await page.EvaluateAsync<string[]>(StructureScript);
            return found.Select(p => $"{kind.Name}: {p}");
        });

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserFact]
    public async Task Titles_name_the_document_then_the_agency_then_the_site()
    {
        await using var report = await fixture.OpenAsync(PageCatalogue.Report, ViewMode.Default);
        Assert.Equal(
            "临淄区工业和信息化局2023年政府信息公开工作年度报告 – 临淄区工业和信息化局 – 政府信息公开文库",
            await report.Page.TitleAsync());

        var problems = await PageLanes.VisitAsync(fixture, PageCatalogue.All, ViewMode.Default, async (kind, page) =>
        {
            var title = await page.TitleAsync();
            var h1 = (await page.Locator("h1").InnerTextAsync()).Trim();
            var parts = title.Split(" – ");
            var isHome = kind.Path.Length == 0;
            var named = isHome ? title == h1 : parts.Length >= 2 && parts[0] == h1 && parts[^1].Length > 0;
            return named
                ? []
                : new[] { $"{kind.Name}: title \"{title}\" does not start with the h1 \"{h1}\" and end with the site (the home page: is the site name)" };
        });

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserFact]
    public async Task Skip_link_is_the_first_tab_stop_and_moves_focus_to_main()
    {
        var problems = await PageLanes.VisitAsync(fixture, PageCatalogue.All, ViewMode.Default, async (kind, page) =>
        {
            await page.Keyboard.PressAsync("Tab");
            var first = await page.EvaluateAsync<string>("() => document.activeElement.textContent.trim()");
            var visible = await page.EvaluateAsync<bool>(
                "() => { const r = document.activeElement.getBoundingClientRect(); return r.top >= 0 && r.height > 0; }");
            await page.Keyboard.PressAsync("Enter");
            var focused = await page.EvaluateAsync<string>("() => document.activeElement.id");
            var list = new List<string>();
            if (first != "跳转到主要内容")
            {
                list.Add($"{kind.Name}: first tab stop is \"{first}\"");
            }

            if (!visible)
            {
                list.Add($"{kind.Name}: the focused skip link is not shown");
            }

            if (focused != "main")
            {
                list.Add($"{kind.Name}: after the skip link focus is on \"{focused}\", not main");
            }

            return list;
        });

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserFact]
    public async Task Not_found_page_is_served_with_status_404()
    {
        await using var session = await fixture.OpenAsync(PageCatalogue.Home, ViewMode.Default);
        var response = await session.Page.GotoAsync(fixture.Sample.PageUrl("no/such/page/"));
        Assert.NotNull(response);
        Assert.Equal(404, response.Status);
        Assert.Equal("页面不存在", (await session.Page.Locator("h1").InnerTextAsync()).Trim());
    }
}

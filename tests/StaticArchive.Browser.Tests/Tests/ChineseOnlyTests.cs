using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>
/// A zh-CN site speaks Chinese everywhere a reader looks: the words the tool and the theme add (labels, notes,
/// history, charts, search, site map), what is read out (aria-label, alt, title) and the tab's title. The
/// archive's own content here is all Chinese, so any English found is the tool's. Only proper names pass.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ChineseOnlyTests(BrowserFixture fixture)
{
    // Names of things, which stay as they are in Chinese text: the tool, the feed and file formats (and the data tools that read them), the ICP
    // licence (鲁ICP备…号), size units, and the standards and tools the accessibility statement names.
    private static readonly HashSet<string> ProperNames = new(StringComparer.Ordinal)
    {
        "StaticArchive", "Atom", "CSV", "JSON", "UTF", "Excel", "ICP", "KB", "MB",
        "Web", "WCAG", "AA", "GB", "Chromium", "axe-core", "JavaScript",
        "Parquet", "pandas", "DuckDB", "CSVW",
    };

    // What a reader sees or hears: the page's text as rendered, the texts only read out, and the tab's title.
    // Keys of the data files, set as code, are names too.
    private const string TextScript = """
        () => {
          const code = [...document.querySelectorAll('code')];
          code.forEach(c => c.hidden = true);
          const shown = document.body.innerText;
          code.forEach(c => c.hidden = false);
          const heard = [...document.querySelectorAll('[aria-label], [alt], [title], [placeholder], input[type=submit], input[type=button]')]
            .filter(el => !el.closest('[lang]:not([lang^="zh"])'))
            .flatMap(el => ['aria-label', 'alt', 'title', 'placeholder', 'value'].map(a => el.getAttribute(a) || ''));
          const svgText = [...document.querySelectorAll('svg title, svg desc, svg text')].map(t => t.textContent);
          return [document.title, shown, ...heard, ...svgText].join('\n');
        }
        """;

    [BrowserFact]
    public async Task No_page_of_a_chinese_site_shows_english_but_proper_names()
    {
        var output = fixture.Reader.Output;
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Select(p => p.EndsWith("index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)
            .Append("search/?q=公开")
            .Append("no-such-page/")
            .Order(StringComparer.Ordinal)
            .Select(p => new PageKind(p, SiteKind.Reader, p))
            .ToList();
        Assert.True(pages.Count > 15, $"only {pages.Count} pages");

        var findings = await PageLanes.VisitAsync(fixture, pages, ViewMode.Default, async (kind, page) =>
        {
            if (kind.Path.StartsWith("search/?", StringComparison.Ordinal))
            {
                await page.Locator(".search-results a").First.WaitForAsync();
            }

            var text = await page.EvaluateAsync<string>(TextScript);
            var english = LatinWord().Matches(Regex.Replace(text, @"\S+@\S+|https?://\S+", " "))
                .Select(m => m.Value).Where(w => !ProperNames.Contains(w)).Distinct(StringComparer.Ordinal).ToList();
            return english.Count == 0 ? [] : [$"/{kind.Path}: {string.Join(", ", english)}"];
        });

        Assert.True(findings.Count == 0, "English on a zh-CN site:" + Environment.NewLine + string.Join(Environment.NewLine, findings));
    }

    [GeneratedRegex("[A-Za-z][A-Za-z-]*[A-Za-z]")]
    private static partial Regex LatinWord();
}

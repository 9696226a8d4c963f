using Microsoft.Playwright;
using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>
/// Content from many hands cannot run script: an archive whose every field carries a payload (Hostile/hostile-archive.txt)
/// is built and served under the production headers of its <c>_headers</c>, and every page it has, the search
/// page with results and the 404 page load without one script running and without one Content-Security-Policy
/// violation (a payload the policy had to stop is a payload that reached the page).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class HostileContentTests(BrowserFixture fixture)
{
    // Registered before any page script: CSP violations as the page reports them, and the one way a payload says it ran.
    private const string Watch = """
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
        """;

    // Attributes that can run script or load a document, and every on* handler, anywhere in the live DOM.
    private const string HostileDom = """
        () => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
          .filter(a => a.name.startsWith('on') || (/^(href|src|action|formaction|xlink:href|srcdoc|data)$/.test(a.name) && /^\s*(javascript|vbscript|data):/i.test(a.value.replace(/[\u0000-\u0020]/g, ''))))
          .map(a => e.tagName.toLowerCase() + ' ' + a.name + '="' + a.value + '"'))
        """;

    [BrowserFact]
    public async Task No_page_of_the_hostile_archive_runs_a_payload_or_breaks_the_policy()
    {
        var work = Path.Combine(Path.GetTempPath(), "sa-hostile-" + Guid.NewGuid().ToString("N")[..8]);
        var content = HostileArchive.WriteTo(work);
        await using var site = await BuiltSite.BuildAndServeAsync(content, Path.Combine(work, "output"), "/", productionHeaders: true);
        var pages = Directory.GetFiles(site.Output, "index.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Select(p => p == "." ? "" : p + "/")
            .Order(StringComparer.Ordinal)
            .Concat(["search/?q=报告", "search/?q=恶意机关", "no/such/page/"])
            .ToList();
        Assert.Contains("evil/2023/annual-report/", pages);
        Assert.Contains("evil/2023/npc-1/", pages);

        var problems = await Concurrently.CollectAsync(pages, page => Visit(site, page));

        Directory.Delete(work, recursive: true);
        Assert.True(problems.Count == 0, $"{pages.Count} pages visited:\n" + string.Join('\n', problems));
    }

    private async Task<IEnumerable<string>> Visit(BuiltSite site, string path)
    {
        var context = await fixture.Browser.NewContextAsync(ViewMode.Default.ContextOptions());
        try
        {
            context.SetDefaultTimeout(90_000);
            await context.AddInitScriptAsync(Watch);
            var page = await context.NewPageAsync();
            var problems = new List<string>();
            page.Console += (_, m) =>
            {
                if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || m.Text.Contains("Refused to", StringComparison.Ordinal))
                {
                    problems.Add($"{path}: console: {m.Text}");
                }
            };
            page.PageError += (_, e) => problems.Add($"{path}: page error: {e}");
            page.Dialog += async (_, d) =>
            {
                problems.Add($"{path}: a {d.Type} dialog opened: {d.Message}");
                await d.DismissAsync();
            };

            var response = await page.GotoAsync(site.PageUrl(path), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            if (!(response?.Headers.TryGetValue("content-security-policy", out var csp) ?? false) || !csp.Contains("frame-ancestors 'none'", StringComparison.Ordinal))
            {
                problems.Add($"{path}: served without the production Content-Security-Policy header");
            }

            if (path.StartsWith("search/?q=", StringComparison.Ordinal))
            {
                try
                {
                    await page.WaitForFunctionAsync("() => document.querySelector('.search-status')?.textContent.trim().length > 0", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
                }
                catch (TimeoutException)
                {
                    problems.Add($"{path}: the search never said what it found");
                }
            }

            await page.Mouse.MoveAsync(10, 10);
            await page.Mouse.WheelAsync(0, 4000);
            if (await page.EvaluateAsync<string?>("() => window.__pwned === undefined ? null : String(window.__pwned)") is { } ran)
            {
                problems.Add($"{path}: a payload ran (window.__pwned = {ran})");
            }

            problems.AddRange((await page.EvaluateAsync<string[]>("() => window.__violations")).Select(v => $"{path}: CSP violation: {v}"));
            problems.AddRange((await page.EvaluateAsync<string[]>(HostileDom)).Select(a => $"{path}: hostile attribute in the page: {a}"));
            return problems;
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}

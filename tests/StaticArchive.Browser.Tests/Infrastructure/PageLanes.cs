using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>
/// Visits many pages in a few long-lived browser pages ("lanes"), <see cref="Concurrently.Width"/> at a time.
/// </summary>
/// <remarks>
/// A fresh context costs a new renderer process, about a second on a busy 2-core machine; navigating an open page
/// to the next address gives the same fresh document for a fraction of that. Only for checks that leave nothing
/// behind for the next page: reading the page, focusing, pressing Tab, resizing. A check that stores something
/// (the 大字体 choice, say) must undo it before it returns, or use <see cref="BrowserFixture.OpenAsync(PageKind, ViewMode)"/>.
/// </remarks>
public static class PageLanes
{
    /// <summary>Loads each page in a lane set up for <paramref name="mode"/> and returns all the checks' findings.</summary>
    public static async Task<IReadOnlyList<string>> VisitAsync(
        BrowserFixture fixture, IEnumerable<PageKind> pages, ViewMode mode, Func<PageKind, IPage, Task<IEnumerable<string>>> check)
    {
        var queue = new ConcurrentQueue<PageKind>(pages);
        var lanes = Enumerable.Range(0, Math.Min(Concurrently.Width, queue.Count)).Select(async _ =>
        {
            var findings = new List<string>();
            await using var session = await fixture.NewPageAsync(mode);
            while (queue.TryDequeue(out var kind))
            {
                await session.Page.GotoAsync(fixture.UrlOf(kind), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
                findings.AddRange(await check(kind, session.Page));
            }

            return findings;
        });
        return (await Task.WhenAll(lanes)).SelectMany(x => x).ToList();
    }
}

using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>
/// The report's statistical tables as a reader on a phone and on a desktop sees them: every figure of table 三
/// with its row and column labels in view, and no table cut off where the window has room for it.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class StatisticalTableTests(BrowserFixture fixture)
{
    // Scrolls table 三's region to its last column, then brings each body row into view inside the region in turn,
    // and asks the browser what is on top at the row's label, at its last figure and at that column's head.
    private const string FrozenLabelsScript = """
        () => {
          const table = document.querySelector('table.report-table3');
          const region = table.closest('.table-scroll');
          region.scrollIntoView({ block: 'start' });
          region.scrollLeft = region.scrollWidth;
          const problems = [];
          if (region.scrollLeft < 40) problems.push(`the region hardly scrolls (${region.scrollLeft}px): the test would prove nothing`);
          const head = [...table.querySelectorAll('thead th')].find(th => th.id.endsWith('-c-total'));
          const topOf = (x, y) => document.elementFromPoint(Math.round(x), Math.round(y));
          const rows = [...table.querySelectorAll('tbody tr')];
          for (const row of rows) {
            const cell = row.cells[row.cells.length - 1];
            const label = row.querySelector('th[scope="row"]');
            const headBottom = table.tHead.getBoundingClientRect().bottom;
            let r = cell.getBoundingClientRect();
            region.scrollTop += r.bottom - region.getBoundingClientRect().bottom + 2;
            r = cell.getBoundingClientRect();
            const box = region.getBoundingClientRect();
            const name = label.textContent;
            if (r.top < table.tHead.getBoundingClientRect().bottom - 1) { problems.push(`${name}: the row does not fit under the column heads`); continue; }
            const y = r.top + r.height / 2;
            const figure = topOf(r.left + r.width / 2, y);
            if (!cell.contains(figure)) problems.push(`${name}: its last figure is covered by ${figure && figure.outerHTML.slice(0, 60)}`);
            if (r.right > box.right + 1 || r.left < box.left - 1) problems.push(`${name}: its last figure is outside the region`);
            const l = label.getBoundingClientRect();
            if (l.left < box.left - 1 || l.right > r.left + 1) problems.push(`${name}: its label is not in view beside the figure (${Math.round(l.left)}–${Math.round(l.right)}, figure at ${Math.round(r.left)})`);
            if (!label.contains(topOf(Math.max(l.left, box.left) + 3, y))) problems.push(`${name}: its label is covered`);
            const h = head.getBoundingClientRect();
            if (!head.contains(topOf(h.left + h.width / 2, h.top + h.height / 2)) || h.bottom > r.top + 1 || h.top < box.top - 1) problems.push(`${name}: the column head 总计 is not in view above it`);
          }
          return problems;
        }
        """;

    [BrowserTheory]
    [InlineData("phone-375")]
    [InlineData("narrow-320")]
    [InlineData("phone-375-large-text")]
    public async Task On_a_phone_table_3_scrolled_to_its_last_column_shows_every_rows_label_and_the_column_head(string modeName)
    {
        await using var session = await fixture.OpenAsync(fixture.Reader.PageUrl(ReaderArchive.Report), ViewModes.Named(modeName));
        var problems = await session.Page.EvaluateAsync<string[]>(FrozenLabelsScript);
        Assert.True(problems.Length == 0, string.Join(Environment.NewLine, problems));
    }

    [BrowserFact]
    public async Task At_1280_pixels_every_table_is_shown_whole_within_the_window()
    {
        await using var session = await fixture.OpenAsync(fixture.Reader.PageUrl(ReaderArchive.Report), ViewMode.Default);
        var regions = await session.Page.EvaluateAsync<Region[]>("""
            () => [...document.querySelectorAll('.table-scroll')].map(r => ({
              table: r.querySelector('table').className, scrollWidth: r.scrollWidth, clientWidth: r.clientWidth,
              left: r.getBoundingClientRect().left, right: r.getBoundingClientRect().right, window: document.documentElement.clientWidth }))
            """);
        Assert.Equal(3, regions.Length);
        Assert.All(regions, r =>
        {
            Assert.True(r.ScrollWidth <= r.ClientWidth, $"{r.Table} is cut off: {r.ScrollWidth} px wide in a {r.ClientWidth} px region");
            Assert.True(r.Left >= 0 && r.Right <= r.Window, $"{r.Table} sticks out of the window: {r.Left}–{r.Right} of {r.Window}");
        });
    }

    private sealed class Region
    {
        public string Table { get; set; } = "";

        public int ScrollWidth { get; set; }

        public int ClientWidth { get; set; }

        public double Left { get; set; }

        public double Right { get; set; }

        public int Window { get; set; }
    }
}

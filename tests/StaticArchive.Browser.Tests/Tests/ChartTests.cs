using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>The applications charts as drawn: every word and figure at least 12 px tall on a phone, and inside the page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ChartTests(BrowserFixture fixture)
{
    // The rendered size of each text of each chart: its font size times the scale the SVG is drawn at.
    private const string SizesScript = """
        () => [...document.querySelectorAll('figure.chart svg')].flatMap(svg => [...svg.querySelectorAll('text')].map(t => {
          const scale = t.getScreenCTM().a;
          const r = t.getBoundingClientRect();
          return { text: t.textContent, size: parseFloat(getComputedStyle(t).fontSize) * scale, right: r.right, window: document.documentElement.clientWidth };
        }))
        """;

    [BrowserTheory]
    [InlineData("phone-375", ReaderArchive.Agency)]
    [InlineData("phone-375", "data/")]
    [InlineData("narrow-320", "data/")]
    public async Task Chart_text_is_at_least_12_pixels_on_a_phone(string modeName, string path)
    {
        await using var session = await fixture.OpenAsync(fixture.Reader.PageUrl(path), ViewModes.Named(modeName));
        var texts = await session.Page.EvaluateAsync<ChartText[]>(SizesScript);
        // The agency's two years, or the archive's two: a year label and two figures each.
        Assert.Equal(6, texts.Length);
        Assert.Contains(texts, t => t.Text == "收到 0");
        Assert.All(texts, t =>
        {
            Assert.True(t.Size >= 12, $"“{t.Text}” is drawn {t.Size:0.#} px tall");
            Assert.True(t.Right <= t.Window, $"“{t.Text}” ends at {t.Right:0} px, outside the {t.Window} px window");
        });
    }

    private sealed class ChartText
    {
        public string Text { get; set; } = "";

        public double Size { get; set; }

        public double Right { get; set; }

        public int Window { get; set; }
    }
}

using StaticArchive.Browser.Tests.Infrastructure;

namespace StaticArchive.Browser.Tests.Tests;

/// <summary>The axe runner itself: it finds violations where there are some, so a clean run means something.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AxeCheckTests(BrowserFixture fixture)
{
    private const string BrokenPage = """
        <!doctype html><html lang="zh-CN"><head><title>坏页</title></head>
        <body><main><h1>坏页</h1><img src="x.png"><p style="color:#bbb;background:#fff">对比度太低的文字</p></main></body></html>
        """;

    [BrowserFact]
    public async Task It_reports_a_missing_alt_text_and_low_contrast()
    {
        await using var session = await fixture.NewPageAsync(ViewMode.Default);
        await session.Page.SetContentAsync(BrokenPage);

        var all = await AxeCheck.ViolationsAsync(session.Page, "broken");
        Assert.Contains(all, line => line.Contains("image-alt", StringComparison.Ordinal));
        Assert.Contains(all, line => line.Contains("color-contrast", StringComparison.Ordinal));

        var contrast = await AxeCheck.ContrastViolationsAsync(session.Page, "broken");
        Assert.Equal(["color-contrast"], contrast.Select(line => line.Split(' ')[1]).Distinct());
    }
}

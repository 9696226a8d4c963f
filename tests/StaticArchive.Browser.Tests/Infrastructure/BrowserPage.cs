using Microsoft.Playwright;

namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>A page in its own browser context; disposing closes the context (and with it the page).</summary>
public sealed class BrowserPage(IPage page) : IAsyncDisposable
{
    /// <summary>The Playwright page.</summary>
    public IPage Page { get; } = page;

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await Page.Context.CloseAsync();
}

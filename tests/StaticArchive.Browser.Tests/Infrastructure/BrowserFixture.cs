using Microsoft.Playwright;
using StaticArchive.Testing;

namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>
/// Built once for the whole browser suite: the sample archive at the root and under <c>/archive/</c>, a generated
/// archive, their servers and one shared Chromium. Each test opens its own browser context (cheap, isolated).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The sub-path the second copy of the sample archive is built for.</summary>
    public const string SubPath = "/archive/";

    private readonly string _work = Path.Combine(Path.GetTempPath(), "sa-browser-" + Guid.NewGuid().ToString("N")[..8]);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private BuiltSite? _sample;
    private BuiltSite? _sampleUnderSubPath;
    private BuiltSite? _generated;
    private BuiltSite? _reader;

    /// <summary>The repository's sample archive served at the root.</summary>
    public BuiltSite Sample => _sample ?? throw NotStarted();

    /// <summary>The sample archive built with <c>--base-url /archive/</c> and served under it.</summary>
    public BuiltSite SampleUnderSubPath => _sampleUnderSubPath ?? throw NotStarted();

    /// <summary>A generated archive of 120 documents (<see cref="ArchiveGenerator"/>, seed 1).</summary>
    public BuiltSite Generated => _generated ?? throw NotStarted();

    /// <summary>The archive written in the tests (<see cref="ReaderArchive"/>), at the root.</summary>
    public BuiltSite Reader => _reader ?? throw NotStarted();

    /// <summary>The shared browser.</summary>
    public IBrowser Browser => _browser ?? throw NotStarted();

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!ChromiumInstallation.IsInstalled)
        {
            // Tests are skipped outside CI; on CI each one fails with this message through the fixture.
            if (ChromiumInstallation.IsCi)
            {
                throw new InvalidOperationException(ChromiumInstallation.MissingOnCiMessage);
            }

            return;
        }

        Directory.CreateDirectory(_work);
        var launch = LaunchBrowserAsync();
        var generatedContent = Task.Run(() => ArchiveGenerator.Generate(120).WriteTo(Path.Combine(_work, "generated")));
        var sampleContent = RepositoryRoot.Combine("content");
        _sample = await Task.Run(() => BuiltSite.BuildAndServeAsync(sampleContent, Path.Combine(_work, "sample"), "/"));
        _sampleUnderSubPath = await Task.Run(() =>
            BuiltSite.BuildAndServeAsync(sampleContent, Path.Combine(_work, "sample-archive"), SubPath));
        _generated = await BuiltSite.BuildAndServeAsync(await generatedContent, Path.Combine(_work, "generated-site"), "/");
        var readerContent = Path.Combine(_work, "reader");
        ReaderArchive.WriteTo(readerContent);
        _reader = await BuiltSite.BuildAndServeAsync(readerContent, Path.Combine(_work, "reader-site"), "/", ReaderArchive.History);
        _browser = await launch;
    }

    /// <summary>The built archive of that kind.</summary>
    public BuiltSite Site(SiteKind kind) => kind switch
    {
        SiteKind.Sample => Sample,
        SiteKind.SampleUnderSubPath => SampleUnderSubPath,
        SiteKind.Reader => Reader,
        _ => Generated,
    };

    /// <summary>The address of a page of that kind.</summary>
    public string UrlOf(PageKind page) => Site(page.Site).PageUrl(page.Path);

    /// <summary>Opens a page of that kind in a fresh context set up for <paramref name="mode"/>.</summary>
    public Task<BrowserPage> OpenAsync(PageKind page, ViewMode mode) => OpenAsync(UrlOf(page), mode);

    /// <summary>Opens a page in a fresh context set up for <paramref name="mode"/>.</summary>
    public async Task<BrowserPage> OpenAsync(string url, ViewMode mode)
    {
        var session = await NewPageAsync(mode);
        await session.Page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        return session;
    }

    /// <summary>A blank page in a fresh context set up for <paramref name="mode"/>.</summary>
    public async Task<BrowserPage> NewPageAsync(ViewMode mode)
    {
        var context = await Browser.NewContextAsync(mode.ContextOptions());
        // Generous: CI machines are shared, and a full-page screenshot at device scale 2 can take a while there.
        context.SetDefaultTimeout(90_000);
        if (mode.IsLargeText)
        {
            // The reader's earlier choice as prefs.js stores it, in place before any page script runs.
            await context.AddInitScriptAsync("try { localStorage.setItem('sa-large', '1'); } catch (e) {}");
        }

        return new BrowserPage(await context.NewPageAsync());
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        foreach (var site in new[] { _sample, _sampleUnderSubPath, _generated, _reader })
        {
            if (site is not null)
            {
                await site.DisposeAsync();
            }
        }

        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless; never fail the suite over it.
        }
    }

    private async Task<IBrowser> LaunchBrowserAsync()
    {
        _playwright = await Playwright.CreateAsync();
        return await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumInstallation.ExecutablePath,
            // No sandbox (CI runs as root); no background networking (the closed network refuses it noisily).
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
        });
    }

    private static InvalidOperationException NotStarted() =>
        new(ChromiumInstallation.IsCi ? ChromiumInstallation.MissingOnCiMessage : "The browser fixture did not start.");
}

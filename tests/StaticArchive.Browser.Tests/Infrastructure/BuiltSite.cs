using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.History;
using StaticArchive.Hosting;
using StaticArchive.IO;

namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>A site built with the repository's theme into a temporary folder and served over HTTP.</summary>
public sealed class BuiltSite : IAsyncDisposable
{
    private readonly StaticSiteServer _server;

    private BuiltSite(string output, StaticSiteServer server)
    {
        Output = output;
        _server = server;
    }

    /// <summary>The built site's folder.</summary>
    public string Output { get; }

    /// <summary>The site's address, ending in its base path.</summary>
    public Uri Url => _server.SiteUrl;

    /// <summary>The address of a page, given relative to the site (<c>linzi-gxj/2023/</c>, <c>search/?q=复议</c>).</summary>
    public string PageUrl(string relative) => new Uri(Url, relative.TrimStart('/')).ToString();

    /// <summary>
    /// Builds <paramref name="contentDir"/> for <paramref name="basePath"/> into <paramref name="output"/> and serves it;
    /// <paramref name="history"/> stands in for git's; <paramref name="productionHeaders"/> sends the headers of
    /// the site's <c>_headers</c> file with every response.
    /// </summary>
    internal static async Task<BuiltSite> BuildAndServeAsync(string contentDir, string output, string basePath, IDocumentHistory? history = null, bool productionHeaders = false)
    {
        var options = new BuildOptions(contentDir, RepositoryRoot.Combine("theme"), output, basePath);
        var result = new SiteBuilder(PhysicalFileSystem.Instance) { History = history }.Build(options);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Building {contentDir} for {basePath} failed:{Environment.NewLine}" +
                string.Join(Environment.NewLine, result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(20)));
        }

        var headers = productionHeaders ? HeaderRules.Parse(File.ReadAllText(Path.Combine(output, "_headers"))) : null;
        return new BuiltSite(output, await StaticSiteServer.StartAsync(output, basePath, headers));
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _server.DisposeAsync();
}

using System.Text;
using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.History;
using StaticArchive.Incremental;
using StaticArchive.IO;
using StaticArchive.Output;
using StaticArchive.Render;
using StaticArchive.Theme;

namespace StaticArchive.Build;

/// <summary>
/// The incremental side of one build: the staged output that leaves unchanged files untouched, the page cache
/// that skips rendering unchanged pages, and the session's caches, started together and advanced together
/// only when the build succeeds.
/// </summary>
internal sealed class IncrementalRun
{
    private readonly IFileSystem _files;
    private readonly BuildOptions _options;
    private readonly PageCache _cache;
    private readonly string _cacheFile;

    private IncrementalRun(IFileSystem files, BuildOptions options, IncrementalSession session, IncrementalOutput output, PageCache cache, string cacheFile, PageRenderer renderer)
    {
        _files = files;
        _options = options;
        Session = session;
        Output = output;
        _cache = cache;
        _cacheFile = cacheFile;
        Renderer = renderer;
    }

    /// <summary>The session's caches: the dev server's own, or a fresh one for a one-off build.</summary>
    public IncrementalSession Session { get; }

    /// <summary>The session that outlives this build (the dev server's), whose transforms are reused; else null.</summary>
    public IncrementalSession? KeptSession { get; private init; }

    /// <summary>Where this build writes.</summary>
    public IncrementalOutput Output { get; }

    /// <summary>Renders the pages that changed.</summary>
    public PageRenderer Renderer { get; }

    /// <summary>Everything a document page depends on besides its document (see <see cref="DocumentPageKeys"/>); null when unknown.</summary>
    public string? DocumentContext { get; private init; }

    /// <summary>Starts a build's output and caches.</summary>
    public static IncrementalRun Start(IFileSystem files, BuildOptions options, LoadedSite site, IncrementalSession? keptSession, IDocumentHistory history, bool dryRun)
    {
        var session = keptSession ?? new IncrementalSession();
        session.DerivedFiles.BeginBuild();
        session.Transforms.BeginBuild(site.Content.Documents, RenderKeys.Serialize(site.TableWords));
        session.DocumentKeys.BeginBuild();
        var output = new IncrementalOutput(files, options.Output, dryRun) { Derived = keptSession is null || dryRun ? null : session.DerivedFiles };
        var cacheFile = IncrementalSession.PageCacheFile(options.Content, options.Output);
        var globalKey = GlobalKey(site, options);
        var cache = session.StartPages(files, cacheFile, globalKey);
        var renderer = new PageRenderer(new TemplateEngine(site.Theme, site.Strings, site.Site), output, cache);
        return new IncrementalRun(files, options, session, output, cache, cacheFile, renderer)
        {
            KeptSession = keptSession,
            DocumentContext = DocumentPageContext(globalKey, site.Content, history),
        };
    }

    /// <summary>Makes the staging folder the new site and adds the page cache to write; the output is untouched.</summary>
    public void Prepare(CacheWrites caches)
    {
        Output.Prepare();
        caches.Add(_cacheFile, _cache.ToBytes());
    }

    /// <summary>Puts the new output in place and remembers what it was made from.</summary>
    public void Commit()
    {
        Output.Swap();
        Session.DerivedFiles.Advance(_files, _options.Output);
        Session.Pages = _cache.Advance();
    }

    /// <summary>Leaves the output folder as it was.</summary>
    public void Discard() => Output.Discard();

    /// <summary>The build's outcome; a failed build reports nothing written.</summary>
    public BuildResult Result(IReadOnlyList<Diagnostic> diagnostics, int documents, TimeSpan elapsed)
    {
        var failed = diagnostics.Any(d => d.Severity == Severity.Error);
        var written = failed ? 0 : Output.Written.Count;
        var pages = failed ? 0 : Output.Written.Count(p => p.EndsWith(".html", StringComparison.Ordinal));
        return new BuildResult(diagnostics, documents, pages, written, elapsed, Renderer.Rendered)
        {
            OutputPaths = [.. Output.Written.Order(StringComparer.Ordinal)],
            ChangedFiles = failed ? [] : Output.Changed,
            Output = failed ? null : OutputSummary.Of(Output.Lengths),
        };
    }

    // Everything a document page depends on besides its transformed document: it is built from a partial
    // archive (settings and agencies, no other documents) and the history. Null (nothing remembered) when the
    // history cannot say whether it changed.
    private static string? DocumentPageContext(string globalKey, SiteContent content, IDocumentHistory history) =>
        history.Fingerprint is { } revisions
            ? RenderKeys.Hash(globalKey, RenderKeys.Serialize(content.Settings), RenderKeys.Serialize(content.Agencies), revisions)
            : null;

    // Everything every page depends on besides its own view models.
    private static string GlobalKey(LoadedSite site, BuildOptions options) =>
        RenderKeys.Hash(
            RenderKeys.ToolVersion,
            RenderKeys.HashBytes(site.Theme.Paths.Order(StringComparer.Ordinal).SelectMany(p => new[] { Encoding.UTF8.GetBytes(p), site.Theme.Read(p) })),
            RenderKeys.Serialize(site.Strings.Values.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList()),
            RenderKeys.Serialize(site.Site),
            options.BaseUrl);
}

using StaticArchive.IO;

namespace StaticArchive.Incremental;

/// <summary>
/// State that outlives one build: the in-memory transform cache and the page cache of the last build. The
/// dev server keeps one session for its lifetime; a one-off <c>build</c> gets a fresh one and relies on the
/// page cache file under <c>.staticarchive-cache/</c>.
/// </summary>
public sealed class IncrementalSession
{
    /// <summary>The folder, beside content/, that holds caches (git-ignored; safe to delete).</summary>
    public const string CacheFolder = ".staticarchive-cache";

    /// <summary>Transformed documents from earlier builds of this process.</summary>
    internal TransformCache Transforms { get; } = new();

    /// <summary>Render keys of document pages whose transformed document came from <see cref="Transforms"/>.</summary>
    internal DocumentPageKeys DocumentKeys { get; } = new();

    /// <summary>Derived output files (per-report data files) of the last successful build of this process.</summary>
    internal DerivedFiles DerivedFiles { get; } = new();

    /// <summary>The page cache of the last successful build of this process, if any.</summary>
    internal PageCache? Pages { get; set; }

    /// <summary>The cache folder of a content folder.</summary>
    public static string CacheDirectory(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var parent = Path.GetDirectoryName(content.Replace('\\', '/').TrimEnd('/'))?.Replace('\\', '/') ?? ".";
        return parent + "/" + CacheFolder;
    }

    /// <summary>The page-cache file for one output folder (serve and build may use different ones).</summary>
    internal static string PageCacheFile(string content, string output) =>
        $"{CacheDirectory(content)}/pages-{RenderKeys.Hash(output.Replace('\\', '/').TrimEnd('/'))[..12].ToLowerInvariant()}.json";

    /// <summary>The page cache to start a build from: this session's, else the file's, else empty.</summary>
    internal PageCache StartPages(IFileSystem files, string file, string globalKey) =>
        Pages is { } pages && pages.GlobalKey == globalKey ? pages : PageCache.Load(files, file, globalKey);
}

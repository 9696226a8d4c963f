using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.Incremental;

namespace StaticArchive.Server;

/// <summary>
/// Builds the site for the dev server and rebuilds it when content/ or theme/ changes (FileSystemWatcher,
/// debounced so one save that touches several files is one rebuild). One incremental session lives as long
/// as the server, so a rebuild re-transforms and re-renders only what changed. A failed build keeps the last
/// good site in place and remembers its errors for the page banner.
/// </summary>
public sealed class SiteRebuilder : IDisposable
{
    private readonly BuildOptions _options;
    private readonly bool _readGitHistory;
    private readonly IncrementalSession _session = new();
    private readonly Lock _gate = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private Timer? _timer;

    /// <summary>Creates a rebuilder; with <paramref name="readGitHistory"/> git is read again for every build (a commit shows up on the next rebuild).</summary>
    public SiteRebuilder(BuildOptions options, bool readGitHistory = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _readGitHistory = readGitHistory;
    }

    /// <summary>Raised after every build, successful or not (the CLI prints it).</summary>
    public event Action<BuildResult>? Built;

    /// <summary>The output folder the server serves.</summary>
    public string Output => _options.Output;

    /// <summary>The build cache folder beside content/, which the server never serves.</summary>
    public string CacheFolder => IncrementalSession.CacheDirectory(_options.Content);

    /// <summary>How many builds have finished.</summary>
    public int Generation { get; private set; }

    /// <summary>The errors of the last build when it failed; empty when the last build succeeded.</summary>
    public IReadOnlyList<Diagnostic> Failure { get; private set; } = [];

    /// <summary>Builds now (serialised: a change during a build waits for it).</summary>
    public BuildResult Build()
    {
        lock (_gate)
        {
            var result = BuildOnce();
            Directory.CreateDirectory(_options.Output); // a first build that failed still gets a folder to serve (empty)
            Failure = result.Succeeded ? [] : result.Diagnostics;
            Generation++;
            Built?.Invoke(result);
            return result;
        }
    }

    // The server outlives any content: whatever a build throws becomes the failure the overlay shows.
    private BuildResult BuildOnce()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            return new SiteBuilder() { Session = _session, ReadGitHistory = _readGitHistory, ShowDrafts = true }.Build(_options);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            var failure = Diagnostic.Error(
                DiagnosticCodes.InternalError, Path.GetFileName(_options.Content.TrimEnd('/', '\\')), 0, 0,
                $"重建时出现未预料的错误（{ex.GetType().Name}：{ex.Message}），仍提供上一次成功构建的页面。",
                "这是本工具的缺陷：请把这条信息报告给维护者；改掉刚才保存的内容里不寻常的部分后会自动重建。");
            return new BuildResult([failure], 0, 0, 0, clock.Elapsed, []);
        }
    }

    /// <summary>Starts watching the content and theme folders.</summary>
    public void Watch(TimeSpan debounce)
    {
        _timer = new Timer(_ => Build(), null, Timeout.Infinite, Timeout.Infinite);
        foreach (var folder in new[] { _options.Content, _options.Theme }.OfType<string>().Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            FileSystemEventHandler changed = (_, _) => _timer.Change(debounce, Timeout.InfiniteTimeSpan);
            watcher.Changed += changed;
            watcher.Created += changed;
            watcher.Deleted += changed;
            watcher.Renamed += (_, _) => _timer.Change(debounce, Timeout.InfiniteTimeSpan);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.Dispose();
        }

        _timer?.Dispose();
    }
}

using StaticArchive.Core;
using StaticArchive.History;
using StaticArchive.IO;

namespace StaticArchive.Incremental;

/// <summary>
/// Make's rule for a one-off build: when the inputs and the output are exactly as the last successful build
/// left them there is nothing to do. Otherwise the inputs are fingerprinted beside the build, for the stamp that
/// the build saves once its output is in place. The dev server and <c>check</c> do not use stamps.
/// </summary>
internal sealed class UpToDateCheck
{
    private readonly IFileSystem _files;
    private readonly BuildOptions _options;
    private readonly BuildStamp? _previous;
    private readonly Task<string?>? _inputs;

    private UpToDateCheck(IFileSystem files, BuildOptions options, BuildStamp? previous, Task<string?>? inputs, bool upToDate)
    {
        _files = files;
        _options = options;
        _previous = previous;
        _inputs = inputs;
        IsUpToDate = upToDate;
    }

    /// <summary>True when the last build's output is still exactly what a build now would write.</summary>
    public bool IsUpToDate { get; }

    /// <summary>Compares the inputs and output with the stamp; without a stamp, starts fingerprinting the inputs in the background.</summary>
    public static UpToDateCheck Start(IFileSystem files, BuildOptions options, IDocumentHistory history, bool enabled, CancellationToken cancellationToken)
    {
        if (!enabled)
        {
            return new UpToDateCheck(files, options, null, null, upToDate: false);
        }

        string? InputsNow() => BuildStamp.InputsOf(files, options, history);
        var previous = BuildStamp.Load(files, BuildStamp.PathFor(options));
        if (previous is null)
        {
            return new UpToDateCheck(files, options, null, Task.Run(InputsNow, cancellationToken), upToDate: false);
        }

        var holds = previous.Holds(files, InputsNow, options, out var inputs);
        return new UpToDateCheck(files, options, previous, Task.FromResult(inputs), holds);
    }

    /// <summary>The result of the stamped build, for a build that found nothing to do.</summary>
    public BuildResult PreviousResult(TimeSpan elapsed) => _previous!.Result(elapsed);

    /// <summary>Adds the stamp of the site prepared in <paramref name="site"/>, about to become the output (a rename keeps every file's fingerprint).</summary>
    public void Stamp(CacheWrites caches, string site, int documents, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(caches);
        if (_inputs?.GetAwaiter().GetResult() is { } inputs)
        {
            caches.Add(BuildStamp.PathFor(_options), StampFile.Write(BuildStamp.Of(_files, inputs, site, documents, diagnostics)));
        }
    }
}

using StaticArchive.Core;
using StaticArchive.History;
using StaticArchive.IO;

namespace StaticArchive.Incremental;

/// <summary>
/// What the last successful build was made from and what it wrote. When every content and theme file still
/// has the same fingerprint (length and modification time), the options, tool and git history are the same,
/// and the output folder still holds exactly the files that build wrote, there is nothing to do: Make's rule,
/// so a second build of an unchanged archive costs a walk over its folders instead of a build. Anything
/// unexpected (a file edited, added or removed on either side, a missing or unreadable stamp) means a full build.
/// </summary>
internal sealed record BuildStamp(
    string Inputs,
    SortedDictionary<string, string> Outputs,
    int Documents,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>Where the stamp of builds from this content into this output folder lives.</summary>
    public static string PathFor(BuildOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return $"{IncrementalSession.CacheDirectory(options.Content)}/stamp-{RenderKeys.Hash(Normalize(options.Output))[..12].ToLowerInvariant()}.tsv";
    }

    /// <summary>One key over everything a build reads; null when some input cannot be fingerprinted.</summary>
    /// <remarks>The history is asked last, so a history still being read (git) is waited for only after the walks.</remarks>
    public static string? InputsOf(IFileSystem files, BuildOptions options, IDocumentHistory history)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(history);
        var parts = new List<string?> { RenderKeys.ToolVersion, options.Content, options.Theme, options.Output, options.BaseUrl };
        foreach (var folder in new[] { options.Content, options.Theme }.OfType<string>())
        {
            parts.Add(folder);
            parts.AddRange(Fingerprints(files, folder).Select(kv => kv.Key + "\t" + kv.Value));
        }

        if (history.Fingerprint is not { } revisions)
        {
            return null;
        }

        parts.Add(revisions);
        return RenderKeys.Hash(parts);
    }

    /// <summary>The stamp of a build whose site is in <paramref name="site"/> (the output folder, or the staging folder about to become it).</summary>
    public static BuildStamp Of(IFileSystem files, string inputs, string site, int documents, IReadOnlyList<Diagnostic> diagnostics) =>
        new(inputs, Fingerprints(files, site, onAllCores: true), documents, diagnostics);

    /// <summary>The stamp saved by the last successful build, or null.</summary>
    public static BuildStamp? Load(IFileSystem files, string file)
    {
        ArgumentNullException.ThrowIfNull(files);
        return files.FileExists(file) ? StampFile.Read(files.ReadAllBytes(file)) : null; // unreadable: a full build
    }

    /// <summary>
    /// True when a build now would write exactly what the output folder holds: the inputs
    /// (<paramref name="inputsNow"/>, returned through <paramref name="inputs"/>) are those stamped and every
    /// output file is as it was written.
    /// </summary>
    public bool Holds(IFileSystem files, Func<string?> inputsNow, BuildOptions options, out string? inputs)
    {
        ArgumentNullException.ThrowIfNull(inputsNow);
        ArgumentNullException.ThrowIfNull(options);

        // The two walks (14,000 inputs and 23,000 outputs at 10,000 documents) run one per core. The output walk
        // is always waited for, even when the inputs changed, because the build that follows rewrites that folder.
        var outputs = Task.Run(() => OutputHeld(files, options.Output));
        inputs = inputsNow();
        return outputs.GetAwaiter().GetResult() && inputs == Inputs;
    }

    /// <summary>The result of a build that found nothing to do: the same pages and warnings as the stamped one.</summary>
    public BuildResult Result(TimeSpan elapsed) =>
        new(Diagnostics, Documents, Outputs.Keys.Count(p => p.EndsWith(".html", StringComparison.Ordinal)), Outputs.Count, elapsed, [])
        {
            OutputPaths = [.. Outputs.Keys],
            UpToDate = true,
            Output = OutputSummary.Of(Outputs.Select(kv => KeyValuePair.Create(kv.Key, FileFingerprint.LengthOf(kv.Value)))),
        };

    private bool OutputHeld(IFileSystem files, string output)
    {
        if (!files.DirectoryExists(output))
        {
            return false;
        }

        var seen = 0;
        foreach (var (path, print) in files.FingerprintFiles(output))
        {
            if (!Outputs.TryGetValue(path, out var before) || before != print)
            {
                return false;
            }

            seen++;
        }

        return seen == Outputs.Count;
    }

    private static SortedDictionary<string, string> Fingerprints(IFileSystem files, string folder, bool onAllCores = false)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, print) in files.FingerprintFiles(folder, onAllCores))
        {
            result[path] = print;
        }

        return result;
    }

    private static string Normalize(string path) => path.Replace('\\', '/').TrimEnd('/');
}

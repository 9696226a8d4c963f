using System.Collections.Concurrent;
using StaticArchive.IO;

namespace StaticArchive.Incremental;

/// <summary>
/// What each <see cref="Core.OutputFile.Derived"/> file of the last successful build was made from, and the
/// fingerprint its file had in the output afterwards. A file made from equal inputs whose output file nobody
/// has touched since is kept without being made or compared again: at 10,000 documents the per-report data
/// files alone are thousands of files to generate and read back on every edit.
/// </summary>
internal sealed class DerivedFiles
{
    private Dictionary<string, (object Inputs, string Fingerprint)> _previous = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, object> _next = new(StringComparer.Ordinal);
    private int _produced;

    /// <summary>How many derived files the current build had to make (the rest were kept).</summary>
    public int Produced => _produced;

    /// <summary>Starts a build: forgets what an unfinished (failed) build recorded.</summary>
    public void BeginBuild()
    {
        _next.Clear();
        _produced = 0;
    }

    /// <summary>Records the inputs of a file of this build; true when the output already holds exactly it.</summary>
    public bool Unchanged(IFileSystem files, string path, string target, object inputs)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(inputs);
        _next[path] = inputs;
        if (_previous.TryGetValue(path, out var before) && before.Inputs.Equals(inputs) && files.Fingerprint(target) == before.Fingerprint)
        {
            return true;
        }

        Interlocked.Increment(ref _produced);
        return false;
    }

    /// <summary>After a successful build has been committed: remembers this build's files as they now are on disk.</summary>
    public void Advance(IFileSystem files, string output)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(output);
        var root = output.Replace('\\', '/').TrimEnd('/') + "/";
        _previous = _next.ToDictionary(kv => kv.Key, kv => (kv.Value, files.Fingerprint(root + kv.Key)), StringComparer.Ordinal);
        _next.Clear();
    }
}

using System.Collections.Concurrent;
using StaticArchive.Core;
using StaticArchive.Incremental;
using StaticArchive.IO;

namespace StaticArchive.Output;

/// <summary>
/// The Write phase, incremental: a file whose bytes equal what the output folder already holds is not
/// written again; changed and new files go to a staging folder first, and only a successful build applies
/// them (and deletes files the site no longer has). A failed build discards the staging folder, so the
/// output folder is never touched on error. A first build (no output yet) is still one directory swap.
/// </summary>
public sealed class IncrementalOutput
{
    private readonly IFileSystem _files;
    private readonly string _output;
    private readonly string _staging;
    private readonly bool _dryRun;
    private readonly bool _outputExists;
    private readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _lengths = new(StringComparer.Ordinal);

    /// <summary>Starts a fresh staging folder for an output folder; a dry run (check) writes nothing at all.</summary>
    public IncrementalOutput(IFileSystem files, string output, bool dryRun = false)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(output);
        _files = files;
        _dryRun = dryRun;
        _output = output.Replace('\\', '/').TrimEnd('/');
        _staging = _output + ".staging";
        _outputExists = files.DirectoryExists(_output);
        if (!dryRun)
        {
            _files.DeleteDirectory(_staging);
        }
    }

    /// <summary>Derived files of the last build of this session, to keep rather than make again; null in a dry run or one-off build.</summary>
    public DerivedFiles? Derived { get; init; }

    /// <summary>Paths in the new site (relative to the output folder), changed or not.</summary>
    public IReadOnlyCollection<string> Written => (IReadOnlyCollection<string>)_written.Keys;

    /// <summary>The size of every file in the new site, by path (relative to the output folder).</summary>
    public IReadOnlyDictionary<string, long> Lengths => _lengths;

    /// <summary>Paths whose bytes differ from the previous output (or are new).</summary>
    public IReadOnlyList<string> Changed => [.. _written.Where(w => w.Value).Select(w => w.Key).Order(StringComparer.Ordinal)];

    /// <summary>True when the previous output has this file with this length (so a cached page can be kept).</summary>
    public bool Has(string relativePath, long length) =>
        _outputExists && _files.FileExists(Target(relativePath)) && _files.GetLength(Target(relativePath)) == length;

    /// <summary>Keeps the previous output's file as it is (its page was not re-rendered).</summary>
    public void Keep(string relativePath) => Claim(relativePath, changed: false, _files.GetLength(Target(relativePath)));

    /// <summary>Keeps the previous output's file of this length as it is (see <see cref="Has"/>).</summary>
    public void Keep(string relativePath, long length) => Claim(relativePath, changed: false, length);

    /// <summary>Writes one file unless the output already has these exact bytes.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        var target = Target(relativePath);
        var same = _outputExists && _files.FileExists(target) && _files.GetLength(target) == content.Length && content.SequenceEqual(_files.ReadAllBytes(target));
        Claim(relativePath, !same, content.Length);
        if (!same && !_dryRun)
        {
            _files.WriteAllBytes(_staging + "/" + relativePath, content);
        }
    }

    /// <summary>Writes a feature's file; a streamed one goes to the staging folder and is then compared on disk.</summary>
    public void Write(Core.OutputFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Inputs is { } inputs && Derived is not null && !_dryRun && Derived.Unchanged(_files, file.Path, Target(file.Path), inputs))
        {
            Keep(file.Path);
            return;
        }

        if (!file.IsStreamed)
        {
            Write(file.Path, file.Content);
            return;
        }

        if (_dryRun)
        {
            // check still runs the feature's code (it may report problems) but keeps nothing.
            var counter = new CountingStream();
            file.WriteTo(counter);
            Claim(file.Path, changed: true, counter.Length);
            return;
        }

        var staged = _staging + "/" + file.Path;
        using (var stream = _files.Create(staged))
        {
            file.WriteTo(stream);
        }

        var target = Target(file.Path);
        var same = _outputExists && _files.FileExists(target) && SameStreams(staged, target);
        Claim(file.Path, !same, _files.GetLength(staged));
        if (same)
        {
            _files.DeleteFile(staged);
        }
    }

    /// <summary>Copies a file (attachments) without reading it into memory, unless the output already has it.</summary>
    public void Copy(string sourcePath, string relativePath)
    {
        var target = Target(relativePath);
        var same = _outputExists && _files.FileExists(target) && SameStreams(sourcePath, target);
        Claim(relativePath, !same, _files.GetLength(sourcePath));
        if (!same && !_dryRun)
        {
            _files.CopyFile(sourcePath, _staging + "/" + relativePath);
        }
    }

    /// <summary>Applies the staged changes and removes files the new site no longer has.</summary>
    public void Commit()
    {
        if (_dryRun)
        {
            return;
        }

        if (!_outputExists)
        {
            if (_files.DirectoryExists(_staging))
            {
                _files.MoveDirectory(_staging, _output);
            }

            return;
        }

        // Renamed into place, not copied over: the dev server (or any web server) reading output/ meanwhile
        // sees the old file or the new one, never a half-written one.
        foreach (var path in Changed)
        {
            _files.MoveFile(_staging + "/" + path, Target(path));
        }

        var prefix = _output + "/";
        var stale = _files.EnumerateFiles(_output)
            .Select(f => f.Replace('\\', '/'))
            .Where(f => !_written.ContainsKey(f[prefix.Length..]))
            .ToList();
        foreach (var file in stale)
        {
            _files.DeleteFile(file);
            RemoveEmptyParents(file);
        }

        _files.DeleteDirectory(_staging);
    }

    /// <summary>Throws the staged files away; the output folder is untouched.</summary>
    public void Discard()
    {
        if (!_dryRun)
        {
            _files.DeleteDirectory(_staging);
        }
    }

    private void Claim(string relativePath, bool changed, long length)
    {
        if (!_written.TryAdd(relativePath, changed))
        {
            throw new InvalidOperationException($"two outputs for {relativePath}");
        }

        _lengths[relativePath] = length;
    }

    private string Target(string relativePath) => _output + "/" + relativePath;

    private void RemoveEmptyParents(string file)
    {
        for (var dir = Path.GetDirectoryName(file)?.Replace('\\', '/'); dir is not null && dir.Length > _output.Length; dir = Path.GetDirectoryName(dir)?.Replace('\\', '/'))
        {
            if (_files.EnumerateFiles(dir).Any())
            {
                return;
            }

            _files.DeleteDirectory(dir);
        }
    }

    // Streams both files in blocks: attachments can be large and must never be read whole.
    private bool SameStreams(string a, string b)
    {
        if (_files.GetLength(a) != _files.GetLength(b))
        {
            return false;
        }

        using var left = _files.OpenRead(a);
        using var right = _files.OpenRead(b);
        var x = new byte[81920];
        var y = new byte[81920];
        while (true)
        {
            var n = left.ReadAtLeast(x, x.Length, throwOnEndOfStream: false);
            var m = right.ReadAtLeast(y, y.Length, throwOnEndOfStream: false);
            if (n != m || !x.AsSpan(0, n).SequenceEqual(y.AsSpan(0, m)))
            {
                return false;
            }

            if (n == 0)
            {
                return true;
            }
        }
    }
}

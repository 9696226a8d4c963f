using System.Collections.Concurrent;
using StaticArchive.Core;
using StaticArchive.Incremental;
using StaticArchive.IO;

namespace StaticArchive.Output;

/// <summary>
/// The Write phase, incremental and atomic. The output folder is never written into: the new site is made in a
/// staging folder beside it, which then trades places with it in one step (a rename), so a reader, a web server
/// or a build killed at any moment sees the whole old site or the whole new one. The staging folder is kept
/// between builds holding the previous site, whose unchanged files are hard links to the published ones; a build
/// writes only the files whose bytes changed, links the few kept files that the staging folder does not yet
/// share with the output, and removes what the new site no longer has. A failed build leaves the output as it was.
/// </summary>
internal sealed class IncrementalOutput
{
    private readonly IFileSystem _files;
    private readonly string _output;
    private readonly string _staging;
    private readonly string _swap;
    private readonly bool _dryRun;
    private readonly bool _outputExists;
    private readonly ConcurrentDictionary<string, bool> _written = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _lengths = new(StringComparer.Ordinal);

    /// <summary>Starts a build's output; a dry run (check) writes nothing at all.</summary>
    public IncrementalOutput(IFileSystem files, string output, bool dryRun = false)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(output);
        _files = files;
        _dryRun = dryRun;
        _output = output.Replace('\\', '/').TrimEnd('/');
        _staging = _output + ".staging";
        _swap = _output + ".swap";
        if (!dryRun)
        {
            Recover();
        }

        _outputExists = files.DirectoryExists(_output);
    }

    /// <summary>The folder the new site is made in before it is swapped in.</summary>
    public string StagingFolder => _staging;

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
            var staged = _staging + "/" + relativePath;
            try
            {
                _files.WriteAllBytes(staged, content);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                ClearWay(relativePath);
                _files.WriteAllBytes(staged, content);
            }
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
        Stage(file.Path, path =>
        {
            using var stream = _files.Create(path);
            file.WriteTo(stream);
        });

        var target = Target(file.Path);
        var same = _outputExists && _files.FileExists(target) && SameStreams(staged, target);
        Claim(file.Path, !same, _files.GetLength(staged));
        if (same)
        {
            _files.DeleteFile(staged); // Prepare links the published one instead
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
            Stage(relativePath, staged => _files.CopyFile(sourcePath, staged));
        }
    }

    /// <summary>
    /// Makes the staging folder exactly the new site, the output untouched: each kept file becomes a link to the
    /// published one unless the staging folder already holds that very file, and files the new site does not
    /// have are removed. Whatever state an interrupted build left the staging folder in, this repairs it.
    /// </summary>
    public void Prepare()
    {
        if (_dryRun)
        {
            return;
        }

        var staged = Prints(_staging);
        var published = _outputExists ? Prints(_output) : [];
        var removed = new List<string>();
        foreach (var path in staged.Keys.Where(p => !_written.ContainsKey(p)))
        {
            _files.DeleteFile(_staging + "/" + path);
            removed.Add(path);
        }

        foreach (var (path, changed) in _written)
        {
            // Same length and modification time as the published file: the same file under a second name.
            if (!changed && (!staged.TryGetValue(path, out var print) || !published.TryGetValue(path, out var live) || print != live))
            {
                Stage(path, target =>
                {
                    _files.DeleteFile(target);
                    _files.LinkFile(Target(path), target);
                });
            }
        }

        foreach (var path in removed)
        {
            RemoveEmptyParents(_staging + "/" + path);
        }
    }

    /// <summary>Puts the prepared site in place in one step; the previous site becomes the next build's staging folder.</summary>
    public void Swap()
    {
        if (_dryRun)
        {
            return;
        }

        if (!_files.DirectoryExists(_staging))
        {
            _files.WriteAllBytes(_staging + "/.keep", []); // an empty site is still a folder to swap in
            _files.DeleteFile(_staging + "/.keep");
        }

        if (!_outputExists)
        {
            _files.MoveDirectory(_staging, _output);
        }
        else if (!_files.TryExchangeDirectories(_staging, _output))
        {
            // No atomic swap here (not Linux, or a file system without it): three renames, the first two a moment
            // apart; Recover finishes or undoes them if the build stops in between.
            _files.MoveDirectory(_output, _swap);
            _files.MoveDirectory(_staging, _output);
            _files.MoveDirectory(_swap, _staging);
        }
    }

    /// <summary>Leaves the output as it is; what was staged stays for the next build to reuse or repair.</summary>
    public void Discard()
    {
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

    // A build stopped inside the three-rename swap: with the output gone the old site is put back; with the
    // output in place the swap is finished.
    private void Recover()
    {
        if (!_files.DirectoryExists(_swap))
        {
            return;
        }

        if (!_files.DirectoryExists(_output))
        {
            _files.MoveDirectory(_swap, _output);
        }
        else if (!_files.DirectoryExists(_staging))
        {
            _files.MoveDirectory(_swap, _staging);
        }
        else
        {
            _files.DeleteDirectory(_swap);
        }
    }

    // Writes into the staging folder; a write that fails is tried once more after ClearWay.
    private void Stage(string relativePath, Action<string> write)
    {
        var staged = _staging + "/" + relativePath;
        try
        {
            write(staged);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ClearWay(relativePath);
            write(staged);
        }
    }

    // An earlier site may have left a file in the staging folder where a folder now goes, or a folder where a file goes.
    private void ClearWay(string relativePath)
    {
        var folder = _staging;
        foreach (var part in relativePath.Split('/').SkipLast(1))
        {
            folder += "/" + part;
            if (_files.FileExists(folder))
            {
                _files.DeleteFile(folder);
                break;
            }
        }

        _files.DeleteDirectory(_staging + "/" + relativePath);
    }

    private Dictionary<string, string> Prints(string folder) =>
        _files.FingerprintFiles(folder).ToDictionary(f => f.Path, f => f.Fingerprint, StringComparer.Ordinal);

    private void RemoveEmptyParents(string file)
    {
        for (var dir = Path.GetDirectoryName(file)?.Replace('\\', '/'); dir is not null && dir.Length > _staging.Length; dir = Path.GetDirectoryName(dir)?.Replace('\\', '/'))
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

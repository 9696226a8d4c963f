using System.Collections.Concurrent;
using StaticArchive.IO;

namespace StaticArchive.Output;

/// <summary>
/// The Write phase: files go to a staging folder beside the output; only a successful build swaps it in,
/// so a failed build leaves the previous output exactly as it was and a reader never sees half a site.
/// </summary>
public sealed class StagedOutput
{
    private readonly IFileSystem _files;
    private readonly string _output;
    private readonly string _staging;
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);

    /// <summary>Starts a fresh staging folder for an output folder.</summary>
    public StagedOutput(IFileSystem files, string output)
    {
        ArgumentNullException.ThrowIfNull(files);
        _files = files;
        _output = output.Replace('\\', '/').TrimEnd('/');
        _staging = _output + ".staging";
        _files.DeleteDirectory(_staging);
    }

    /// <summary>Paths written so far (relative to the output folder).</summary>
    public IReadOnlyCollection<string> Written => (IReadOnlyCollection<string>)_written.Keys;

    /// <summary>Writes one file; a second write to the same path is a bug in the builder.</summary>
    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        if (!_written.TryAdd(relativePath, 0))
        {
            throw new InvalidOperationException($"two outputs for {relativePath}");
        }

        _files.WriteAllBytes(_staging + "/" + relativePath, content);
    }

    /// <summary>Copies a file (attachments) without reading it into memory.</summary>
    public void Copy(string sourcePath, string relativePath)
    {
        if (!_written.TryAdd(relativePath, 0))
        {
            throw new InvalidOperationException($"two outputs for {relativePath}");
        }

        _files.CopyFile(sourcePath, _staging + "/" + relativePath);
    }

    /// <summary>Replaces the output folder with the staged one.</summary>
    public void Commit()
    {
        var old = _output + ".old";
        _files.DeleteDirectory(old);
        if (_files.DirectoryExists(_output))
        {
            _files.MoveDirectory(_output, old);
        }

        _files.MoveDirectory(_staging, _output);
        _files.DeleteDirectory(old);
    }

    /// <summary>Throws the staged files away; the output folder is untouched.</summary>
    public void Discard() => _files.DeleteDirectory(_staging);
}

using StaticArchive.IO;

namespace StaticArchive.Tests.Support;

/// <summary>
/// A file system that stops the build just before its n-th change to the disk, as a kill would: the exception is
/// a cancellation, which no phase turns into a diagnostic, so nothing else runs after it.
/// </summary>
internal sealed class StoppingFileSystem(IFileSystem inner, int stopBefore) : IFileSystem
{
    private int _changes;

    /// <summary>How many changes were made (all of them, when the build was not stopped).</summary>
    public int Changes => _changes;

    /// <inheritdoc/>
    public bool FileExists(string path) => inner.FileExists(path);

    /// <inheritdoc/>
    public bool DirectoryExists(string path) => inner.DirectoryExists(path);

    /// <inheritdoc/>
    public IEnumerable<string> EnumerateFiles(string directory) => inner.EnumerateFiles(directory);

    /// <inheritdoc/>
    public IEnumerable<string> EnumerateDirectories(string directory) => inner.EnumerateDirectories(directory);

    /// <inheritdoc/>
    public string ResolveLinks(string path) => inner.ResolveLinks(path);

    /// <inheritdoc/>
    public FileEntryKind Inspect(string path) => inner.Inspect(path);

    /// <inheritdoc/>
    public IEnumerable<FileEntry> WalkEntries(string directory) => inner.WalkEntries(directory);

    /// <inheritdoc/>
    public byte[] ReadAllBytes(string path) => inner.ReadAllBytes(path);

    /// <inheritdoc/>
    public Stream OpenRead(string path) => inner.OpenRead(path);

    /// <inheritdoc/>
    public string Fingerprint(string path) => inner.Fingerprint(path);

    /// <inheritdoc/>
    public IEnumerable<FileFingerprint> FingerprintFiles(string directory, bool onAllCores = false) => inner.FingerprintFiles(directory, onAllCores);

    /// <inheritdoc/>
    public long GetLength(string path) => inner.GetLength(path);

    /// <inheritdoc/>
    public void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        Change();
        inner.WriteAllBytes(path, content);
    }

    /// <inheritdoc/>
    public Stream Create(string path)
    {
        Change();
        return inner.Create(path);
    }

    /// <inheritdoc/>
    public void CopyFile(string source, string destination)
    {
        Change();
        inner.CopyFile(source, destination);
    }

    /// <inheritdoc/>
    public void LinkFile(string source, string destination)
    {
        Change();
        inner.LinkFile(source, destination);
    }

    /// <inheritdoc/>
    public bool TryExchangeDirectories(string first, string second)
    {
        Change();
        return inner.TryExchangeDirectories(first, second);
    }

    /// <inheritdoc/>
    public void MoveFile(string source, string destination)
    {
        Change();
        inner.MoveFile(source, destination);
    }

    /// <inheritdoc/>
    public void DeleteFile(string path)
    {
        Change();
        inner.DeleteFile(path);
    }

    /// <inheritdoc/>
    public void DeleteDirectory(string path)
    {
        Change();
        inner.DeleteDirectory(path);
    }

    /// <inheritdoc/>
    public void MoveDirectory(string source, string destination)
    {
        Change();
        inner.MoveDirectory(source, destination);
    }

    private void Change()
    {
        if (Interlocked.Increment(ref _changes) >= stopBefore)
        {
            throw new StoppedException();
        }
    }

    /// <summary>The build was stopped here.</summary>
    public sealed class StoppedException() : OperationCanceledException("stopped, as by a kill");
}

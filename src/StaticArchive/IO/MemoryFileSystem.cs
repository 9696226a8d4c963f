using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace StaticArchive.IO;

/// <summary>
/// A file system held in a dictionary, for tests: a whole site can be written inline, built and inspected
/// without touching the disk. Paths use forward slashes and start with "/".
/// </summary>
internal sealed class MemoryFileSystem : IFileSystem
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    /// <summary>All files, by full path.</summary>
    public IReadOnlyDictionary<string, byte[]> Files => _files;

    /// <summary>Normalises a path to the form used as a key.</summary>
    public static string Normalize(string path)
    {
        var p = path.Replace('\\', '/');
        if (!p.StartsWith('/'))
        {
            p = "/" + p;
        }

        return p.Length > 1 ? p.TrimEnd('/') : p;
    }

    /// <inheritdoc/>
    public bool FileExists(string path) => _files.ContainsKey(Normalize(path));

    /// <inheritdoc/>
    public bool DirectoryExists(string path)
    {
        var prefix = Normalize(path) + "/";
        return _files.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));
    }

    /// <inheritdoc/>
    public IEnumerable<string> EnumerateFiles(string directory)
    {
        var prefix = Normalize(directory) + "/";
        return _files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc/>
    public IEnumerable<string> EnumerateDirectories(string directory)
    {
        var prefix = Normalize(directory) + "/";
        return _files.Keys
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal))
            .Select(k => k[prefix.Length..])
            .Where(rest => rest.Contains('/'))
            .Select(rest => prefix + rest[..rest.IndexOf('/')])
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <inheritdoc/>
    public string ResolveLinks(string path) => Normalize(path);

    /// <inheritdoc/>
    public FileEntryKind Inspect(string path) =>
        FileExists(path) ? FileEntryKind.File : DirectoryExists(path) ? FileEntryKind.Directory : FileEntryKind.Missing;

    /// <inheritdoc/>
    public IEnumerable<FileEntry> WalkEntries(string directory)
    {
        var prefix = Normalize(directory) + "/";
        return EnumerateFiles(directory)
            .Where(f => !f[prefix.Length..].Split('/').Any(part => part.StartsWith('.')))
            .Select(f => new FileEntry(f, FileEntryKind.File))
            .ToList();
    }

    /// <inheritdoc/>
    public byte[] ReadAllBytes(string path) =>
        _files.TryGetValue(Normalize(path), out var bytes) ? bytes : throw new FileNotFoundException(path);

    /// <inheritdoc/>
    public Stream OpenRead(string path) => new MemoryStream(ReadAllBytes(path), writable: false);

    /// <inheritdoc/>
    public long GetLength(string path) => ReadAllBytes(path).LongLength;

    /// <inheritdoc/>
    public void WriteAllBytes(string path, ReadOnlySpan<byte> content) => _files[Normalize(path)] = content.ToArray();

    /// <inheritdoc/>
    public string Fingerprint(string path) =>
        _files.TryGetValue(Normalize(path), out var bytes) ? $"{bytes.Length}:{Convert.ToHexString(SHA256.HashData(bytes), 0, 8)}" : "-";

    /// <inheritdoc/>
    public IEnumerable<FileFingerprint> FingerprintFiles(string directory, bool onAllCores = false)
    {
        var prefix = Normalize(directory) + "/";
        return EnumerateFiles(directory).Select(file => new FileFingerprint(file[prefix.Length..], Fingerprint(file)));
    }

    /// <inheritdoc/>
    public Stream Create(string path) => new FileBuffer(this, Normalize(path));

    /// <inheritdoc/>
    public void CopyFile(string source, string destination) => _files[Normalize(destination)] = ReadAllBytes(source);

    /// <inheritdoc/>
    public void LinkFile(string source, string destination) => _files[Normalize(destination)] = ReadAllBytes(source);

    /// <inheritdoc/>
    public bool TryExchangeDirectories(string first, string second)
    {
        var a = Normalize(first) + "/";
        var b = Normalize(second) + "/";
        var moved = _files.Where(kv => kv.Key.StartsWith(a, StringComparison.Ordinal) || kv.Key.StartsWith(b, StringComparison.Ordinal)).ToList();
        foreach (var (key, _) in moved)
        {
            _files.TryRemove(key, out _);
        }

        foreach (var (key, bytes) in moved)
        {
            _files[key.StartsWith(a, StringComparison.Ordinal) ? b + key[a.Length..] : a + key[b.Length..]] = bytes;
        }

        return true;
    }

    /// <inheritdoc/>
    public void MoveFile(string source, string destination)
    {
        if (!_files.TryRemove(Normalize(source), out var bytes))
        {
            throw new FileNotFoundException(source);
        }

        _files[Normalize(destination)] = bytes;
    }

    /// <inheritdoc/>
    public void DeleteFile(string path) => _files.TryRemove(Normalize(path), out _);

    /// <inheritdoc/>
    public void DeleteDirectory(string path)
    {
        var prefix = Normalize(path) + "/";
        foreach (var key in _files.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList())
        {
            _files.TryRemove(key, out _);
        }
    }

    /// <inheritdoc/>
    public void MoveDirectory(string source, string destination)
    {
        var from = Normalize(source) + "/";
        var to = Normalize(destination) + "/";
        foreach (var key in _files.Keys.Where(k => k.StartsWith(from, StringComparison.Ordinal)).ToList())
        {
            if (_files.TryRemove(key, out var bytes))
            {
                _files[to + key[from.Length..]] = bytes;
            }
        }
    }

    // Like a file on disk, the bytes appear when the writer is done.
    private sealed class FileBuffer(MemoryFileSystem owner, string path) : MemoryStream
    {
        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                owner._files[path] = ToArray();
            }

            base.Dispose(disposing);
        }
    }
}

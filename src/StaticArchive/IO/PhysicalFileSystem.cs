using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Enumeration;

namespace StaticArchive.IO;

/// <summary>The real disk.</summary>
internal sealed class PhysicalFileSystem : IFileSystem
{
    // Folders this process made or saw, since every page lives in a folder of its own and asking the kernel (or
    // catching DirectoryNotFoundException) once per file is costly.
    private readonly ConcurrentDictionary<string, bool> _directories = new(StringComparer.Ordinal);

    private static readonly EnumerationOptions WalkOptions = new() { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>The one instance; its only state is the cache of folders known to exist.</summary>
    public static PhysicalFileSystem Instance { get; } = new();

    /// <inheritdoc/>
    public bool FileExists(string path) => File.Exists(path);

    /// <inheritdoc/>
    public bool DirectoryExists(string path) => Directory.Exists(path);

    /// <inheritdoc/>
    public IEnumerable<string> EnumerateFiles(string directory) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            : [];

    /// <inheritdoc/>
    public IEnumerable<string> EnumerateDirectories(string directory) =>
        Directory.Exists(directory) ? Directory.EnumerateDirectories(directory) : [];

    /// <inheritdoc/>
    public string ResolveLinks(string path) => RealPath.Of(path);

    /// <inheritdoc/>
    public FileEntryKind Inspect(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return FileEntryKind.Link;
        }

        return UnixFileType.Inspect(path) ?? (Directory.Exists(path) ? FileEntryKind.Directory : info.Exists ? FileEntryKind.File : FileEntryKind.Missing);
    }

    /// <inheritdoc/>
    public IEnumerable<FileEntry> WalkEntries(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = false };
        return new FileSystemEnumerable<FileEntry>(directory, (ref entry) => Entry(ref entry), options)
        {
            ShouldIncludePredicate = (ref entry) => !entry.FileName.StartsWith('.') && (!entry.IsDirectory || IsLink(ref entry)),
            ShouldRecursePredicate = (ref entry) => !entry.FileName.StartsWith('.') && !IsLink(ref entry),
        };
    }

    private static bool IsLink(ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) != 0;

    private static FileEntry Entry(ref FileSystemEntry entry)
    {
        var path = entry.ToFullPath();
        if (IsLink(ref entry))
        {
            return new FileEntry(path, FileEntryKind.Link);
        }

        return new FileEntry(path, UnixFileType.Inspect(path) ?? FileEntryKind.File);
    }

    /// <inheritdoc/>
    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);

    /// <inheritdoc/>
    public Stream OpenRead(string path) => File.OpenRead(path);

    /// <inheritdoc/>
    public string Fingerprint(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? Print(info.Length, info.LastWriteTimeUtc) : "-";
    }

    /// <inheritdoc/>
    public IEnumerable<FileFingerprint> FingerprintFiles(string directory, bool onAllCores = false)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        return onAllCores ? WalkOnAllCores(root) : Walk(root, root.Length);
    }

    // The directory entry already carries the file's status: no full path and no FileInfo per file. The options
    // are those of Directory.EnumerateFiles, so the same files are seen (hidden ones too, errors not swallowed).
    // On all cores, the folders the walk would descend into from the top (agencies, assets, search) are walked in
    // parallel: worth it for the stamp at the end of a cold build (nothing else running), not for the two walks of
    // an unchanged rebuild, which already run one per core.
    private static IEnumerable<FileFingerprint> WalkOnAllCores(string root)
    {
        var folders = new List<string>();
        var top = Walk(root, root.Length);
        top.ShouldRecursePredicate = (ref entry) =>
        {
            if (!IsLink(ref entry))
            {
                folders.Add(entry.ToFullPath());
            }

            return false;
        };

        foreach (var file in top)
        {
            yield return file;
        }

        foreach (var file in folders.AsParallel().SelectMany(folder => Walk(folder, root.Length)))
        {
            yield return file;
        }
    }

    private static FileSystemEnumerable<FileFingerprint> Walk(string folder, int rootLength) =>
        new(folder, (ref entry) => Fingerprint(ref entry, rootLength), WalkOptions)
        {
            ShouldIncludePredicate = (ref entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref entry) => !IsLink(ref entry), // a linked folder may lead anywhere, even back up
        };

    private static FileFingerprint Fingerprint(ref FileSystemEntry entry, int rootLength)
    {
        var folder = entry.Directory[rootLength..].TrimStart(Path.DirectorySeparatorChar);
        var path = folder.IsEmpty ? entry.FileName.ToString() : string.Concat(folder, "/", entry.FileName);
        return new FileFingerprint(Path.DirectorySeparatorChar == '/' ? path : path.Replace(Path.DirectorySeparatorChar, '/'),
            Print(entry.Length, entry.LastWriteTimeUtc));
    }

    // One format for both ways of fingerprinting a file, so a walk and a single look agree.
    private static string Print(long length, DateTimeOffset lastWriteUtc) =>
        string.Create(CultureInfo.InvariantCulture, $"{length}:{lastWriteUtc.UtcTicks}");

    /// <inheritdoc/>
    public long GetLength(string path) => new FileInfo(path).Length;

    /// <inheritdoc/>
    public void WriteAllBytes(string path, ReadOnlySpan<byte> content)
    {
        // Unbuffered: the bytes go to the kernel in one call, without a 64 KB buffer per file to allocate and clear.
        using var stream = Create(path, bufferSize: 0);
        stream.Write(content);
    }

    /// <inheritdoc/>
    public Stream Create(string path) => Create(path, 1 << 16);

    /// <inheritdoc/>
    public void CopyFile(string source, string destination)
    {
        EnsureDirectory(Path.GetDirectoryName(destination)!);
        File.Delete(destination); // copying over would write into it, and through it into every link to it
        File.Copy(source, destination);
    }

    /// <inheritdoc/>
    public void LinkFile(string source, string destination)
    {
        EnsureDirectory(Path.GetDirectoryName(destination)!);
        if (!NativeFiles.TryLink(source, destination))
        {
            File.Copy(source, destination);
        }
    }

    /// <inheritdoc/>
    public bool TryExchangeDirectories(string first, string second)
    {
        _directories.Clear();
        return NativeFiles.TryExchange(first, second);
    }

    /// <inheritdoc/>
    public void MoveFile(string source, string destination)
    {
        EnsureDirectory(Path.GetDirectoryName(destination)!);
        File.Move(source, destination, overwrite: true);
    }

    /// <inheritdoc/>
    public void DeleteFile(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (DirectoryNotFoundException)
        {
            // its folder is not there either
        }
    }

    /// <inheritdoc/>
    public void DeleteDirectory(string path)
    {
        _directories.Clear();
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    /// <inheritdoc/>
    public void MoveDirectory(string source, string destination)
    {
        _directories.Clear();
        Directory.Move(source, destination);
    }

    // CreateNew, never a truncate: FileMode.Create would write into an existing file, and through it into every
    // hard link to it (the staging folder links the published site's unchanged files); a truncate-to-zero also
    // makes ext4 flush the file to disk when it is closed.
    private static FileStream Open(string path, int bufferSize)
    {
        try
        {
            return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(path);
            return new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize);
        }
    }

    private FileStream Create(string path, int bufferSize)
    {
        EnsureDirectory(Path.GetDirectoryName(path)!);
        try
        {
            return Open(path, bufferSize);
        }
        catch (DirectoryNotFoundException)
        {
            // Someone else removed a folder we had made; forget what we knew and make it again.
            _directories.Clear();
            EnsureDirectory(Path.GetDirectoryName(path)!);
            return Open(path, bufferSize);
        }
    }

    private void EnsureDirectory(string directory)
    {
        if (!_directories.ContainsKey(directory))
        {
            Directory.CreateDirectory(directory);
            _directories.TryAdd(directory, true);
        }
    }
}

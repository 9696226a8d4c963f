namespace StaticArchive.IO;

/// <summary>
/// A file system whose input folders hold only what their <see cref="InputTree"/> accepted: below content/ and
/// theme/ a refused entry (a link leading out, a special file) and anything below a linked folder do not exist,
/// for every reader of the build alike. Paths elsewhere (the output, the cache) pass through unchanged.
/// </summary>
internal sealed class GuardedFileSystem : IFileSystem
{
    private readonly IFileSystem _inner;
    private readonly IReadOnlyList<InputTree> _trees;

    /// <summary>Guards the folders of the trees on top of a file system.</summary>
    public GuardedFileSystem(IFileSystem inner, IReadOnlyList<InputTree> trees)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(trees);
        _inner = inner;
        _trees = trees;
    }

    /// <inheritdoc/>
    public bool FileExists(string path) => Tree(path) is { } tree ? tree.Has(path) : _inner.FileExists(path);

    /// <inheritdoc/>
    public bool DirectoryExists(string path) =>
        Tree(path) is { } tree ? Normalized(path) == tree.Root ? _inner.DirectoryExists(path) : tree.Files.Any(f => f.StartsWith(Normalized(path) + "/", StringComparison.Ordinal)) : _inner.DirectoryExists(path);

    /// <inheritdoc/>
    public IEnumerable<string> EnumerateFiles(string directory) =>
        Tree(directory) is { } tree ? Below(tree, directory) : _inner.EnumerateFiles(directory);

    /// <inheritdoc/>
    public IEnumerable<string> EnumerateDirectories(string directory) =>
        Tree(directory) is { } tree
            ? Below(tree, directory).Select(f => f[(Normalized(directory).Length + 1)..]).Where(r => r.Contains('/')).Select(r => Normalized(directory) + "/" + r[..r.IndexOf('/')]).Distinct(StringComparer.Ordinal).ToList()
            : _inner.EnumerateDirectories(directory);

    /// <inheritdoc/>
    public string ResolveLinks(string path) => _inner.ResolveLinks(path);

    /// <summary>What is at the path; below an input folder a refused entry is what it really is (a link, a special file), so a reader can tell it from a missing one.</summary>
    public FileEntryKind Inspect(string path) =>
        Tree(path) is { } tree && Normalized(path) != tree.Root
            ? tree.Has(path) ? FileEntryKind.File : tree.IsRefused(path) ? _inner.Inspect(path) : DirectoryExists(path) ? FileEntryKind.Directory : FileEntryKind.Missing
            : _inner.Inspect(path);

    /// <inheritdoc/>
    public IEnumerable<FileEntry> WalkEntries(string directory) =>
        Tree(directory) is { } tree ? Below(tree, directory).Select(f => new FileEntry(f, FileEntryKind.File)) : _inner.WalkEntries(directory);

    /// <inheritdoc/>
    public byte[] ReadAllBytes(string path) => _inner.ReadAllBytes(Readable(path));

    /// <inheritdoc/>
    public Stream OpenRead(string path) => _inner.OpenRead(Readable(path));

    /// <inheritdoc/>
    public string Fingerprint(string path) => Tree(path) is { } tree && !tree.Has(path) ? "-" : _inner.Fingerprint(path);

    /// <inheritdoc/>
    public IEnumerable<FileFingerprint> FingerprintFiles(string directory, bool onAllCores = false)
    {
        if (Tree(directory) is not { } tree)
        {
            return _inner.FingerprintFiles(directory, onAllCores);
        }

        var root = Normalized(directory) + "/";
        return _inner.FingerprintFiles(directory, onAllCores).Where(f => tree.Has(root + f.Path));
    }

    /// <inheritdoc/>
    public long GetLength(string path) => _inner.GetLength(Readable(path));

    /// <inheritdoc/>
    public void WriteAllBytes(string path, ReadOnlySpan<byte> content) => _inner.WriteAllBytes(path, content);

    /// <inheritdoc/>
    public Stream Create(string path) => _inner.Create(path);

    /// <inheritdoc/>
    public void CopyFile(string source, string destination) => _inner.CopyFile(Readable(source), destination);

    /// <inheritdoc/>
    public void LinkFile(string source, string destination) => _inner.LinkFile(Readable(source), destination);

    /// <inheritdoc/>
    public bool TryExchangeDirectories(string first, string second) => _inner.TryExchangeDirectories(first, second);

    /// <inheritdoc/>
    public void MoveFile(string source, string destination) => _inner.MoveFile(source, destination);

    /// <inheritdoc/>
    public void DeleteFile(string path) => _inner.DeleteFile(path);

    /// <inheritdoc/>
    public void DeleteDirectory(string path) => _inner.DeleteDirectory(path);

    /// <inheritdoc/>
    public void MoveDirectory(string source, string destination) => _inner.MoveDirectory(source, destination);

    private static string Normalized(string path) => InputTree.Normalize(path);

    private static List<string> Below(InputTree tree, string directory)
    {
        var prefix = Normalized(directory) + "/";
        return [.. tree.Files.Where(f => f.StartsWith(prefix, StringComparison.Ordinal))];
    }

    private InputTree? Tree(string path) => _trees.FirstOrDefault(t => t.Covers(path));

    private string Readable(string path) =>
        Tree(path) is { } tree && !tree.Has(path) ? throw new FileNotFoundException("not a readable input file", path) : path;
}

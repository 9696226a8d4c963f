namespace StaticArchive.IO;

/// <summary>
/// The files below an input folder (content/ or theme/) that a build may read: plain files, and links to plain
/// files whose real path stays inside the folder. Links leading out, links to folders (never entered), broken
/// links and special files are refused, so nothing outside the folder is read and no read blocks. Hidden
/// entries (names starting with a dot) are neither listed nor entered.
/// </summary>
internal sealed class InputTree
{
    private readonly HashSet<string> _files;
    private readonly HashSet<string> _refused;

    private InputTree(string root, List<string> files, List<RefusedPath> refused)
    {
        Root = root;
        Files = files;
        Refused = refused;
        _files = new HashSet<string>(files, StringComparer.Ordinal);
        _refused = refused.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The folder, forward slashes, no trailing slash.</summary>
    public string Root { get; }

    /// <summary>The readable files, full paths with forward slashes, in ordinal order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>What was found and will not be read, in ordinal order.</summary>
    public IReadOnlyList<RefusedPath> Refused { get; }

    /// <summary>Walks a folder; an absent folder has no files.</summary>
    public static InputTree Walk(IFileSystem files, string root)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(root);
        var normalized = Normalize(root);
        var accepted = new List<string>();
        var refused = new List<RefusedPath>();
        if (!files.DirectoryExists(root))
        {
            return new InputTree(normalized, accepted, refused);
        }

        var realRoot = Normalize(files.ResolveLinks(root)) + "/";
        foreach (var entry in files.WalkEntries(root))
        {
            var path = Normalize(entry.Path);
            switch (entry.Kind)
            {
                case FileEntryKind.File:
                    accepted.Add(path);
                    break;
                case FileEntryKind.Link when Follow(files, path, realRoot) is { } refusal:
                    refused.Add(refusal);
                    break;
                case FileEntryKind.Link:
                    accepted.Add(path);
                    break;
                case FileEntryKind.Special:
                    refused.Add(new RefusedPath(path, RefusalReason.Special, null));
                    break;
                default:
                    break; // gone, or replaced by a folder, since the walk listed it
            }
        }

        accepted.Sort(StringComparer.Ordinal);
        refused.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return new InputTree(normalized, accepted, refused);
    }

    /// <summary>True when the path (below <see cref="Root"/>) is a readable file.</summary>
    public bool Has(string path) => _files.Contains(Normalize(path));

    /// <summary>True when the path is an entry the walk found and refused.</summary>
    public bool IsRefused(string path) => _refused.Contains(Normalize(path));

    /// <summary>True when the path is the folder or below it.</summary>
    public bool Covers(string path)
    {
        var p = Normalize(path);
        return p == Root || p.StartsWith(Root + "/", StringComparison.Ordinal);
    }

    /// <summary>A path with forward slashes, without trailing slashes, <c>.</c> segments or doubled slashes.</summary>
    public static string Normalize(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var p = path.Replace('\\', '/');
        if (p.Contains("/./", StringComparison.Ordinal) || p.Contains("//", StringComparison.Ordinal) || p.StartsWith("./", StringComparison.Ordinal))
        {
            var parts = p.Split('/').Where((part, i) => part != "." && (part.Length > 0 || i == 0));
            p = string.Join('/', parts);
        }

        return p.Length > 1 ? p.TrimEnd('/') : p;
    }

    // A link is read only when its real path is a plain file inside the folder.
    private static RefusedPath? Follow(IFileSystem files, string link, string realRoot)
    {
        string real;
        try
        {
            real = Normalize(files.ResolveLinks(link));
        }
        catch (IOException)
        {
            return new RefusedPath(link, RefusalReason.BrokenLink, null);
        }

        if (!real.StartsWith(realRoot, StringComparison.Ordinal))
        {
            return new RefusedPath(link, RefusalReason.Outside, real);
        }

        return files.Inspect(real) switch
        {
            FileEntryKind.File => null,
            FileEntryKind.Directory => new RefusedPath(link, RefusalReason.FolderLink, real),
            FileEntryKind.Special => new RefusedPath(link, RefusalReason.Special, real),
            _ => new RefusedPath(link, RefusalReason.BrokenLink, real),
        };
    }
}

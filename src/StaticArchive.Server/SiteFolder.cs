using StaticArchive.IO;

namespace StaticArchive.Server;

/// <summary>
/// Which file of the built site a request path names, decided once for every response: only a real path
/// (every link resolved) inside the site folder, never below a folder the build keeps for itself (the staging
/// folder, the cache) and never a hidden entry. A folder asked for without its slash gets a local address to
/// redirect to, built from the checked path so it can only start with one slash.
/// </summary>
public sealed class SiteFolder
{
    private readonly string _root;
    private readonly IReadOnlyList<string> _kept;

    /// <summary>A site folder; <paramref name="kept"/> are folders the build owns (refused when they lie inside it).</summary>
    public SiteFolder(string root, IEnumerable<string> kept)
    {
        ArgumentNullException.ThrowIfNull(kept);
        Directory.CreateDirectory(root);
        _root = RealPath.Of(root);
        _kept = [.. kept.Select(RealPath.Of).Where(k => k != _root && !Contains(k, _root))];
    }

    /// <summary>The site folder's real path.</summary>
    public string Root => _root;

    /// <summary>Resolves a request path as the server received it (decoded, except that <c>%2F</c> stays encoded).</summary>
    public ServedPath Resolve(string requestPath)
    {
        ArgumentNullException.ThrowIfNull(requestPath);
        var path = requestPath.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        if (path.Contains('\\', StringComparison.Ordinal) || path.Contains('\0', StringComparison.Ordinal))
        {
            return ServedPath.Refused;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s is "." or ".."))
        {
            return ServedPath.Refused;
        }

        if (segments.Any(s => s.StartsWith('.')))
        {
            return ServedPath.Missing;
        }

        var local = "/" + string.Join('/', segments.Select(Uri.EscapeDataString));
        var real = Real(Path.Join([_root, .. segments]));
        if (real is null)
        {
            return ServedPath.Missing;
        }

        if (Directory.Exists(real))
        {
            var index = Real(Path.Join(real, "index.html"));
            return index is null ? ServedPath.Missing
                : path.EndsWith('/') || segments.Length == 0 ? new ServedPath(ServedKind.File, index, local)
                : new ServedPath(ServedKind.Folder, index, local == "/" ? "/" : local + "/");
        }

        return File.Exists(real) ? new ServedPath(ServedKind.File, real, local) : ServedPath.Missing;
    }

    // The real path when it exists inside the site and outside the kept folders; else null.
    private string? Real(string path)
    {
        string real;
        try
        {
            real = RealPath.Of(path);
        }
        catch (IOException)
        {
            return null; // links that loop
        }

        return (File.Exists(real) || Directory.Exists(real)) && (real == _root || Contains(_root, real)) && !_kept.Any(k => real == k || Contains(k, real))
            ? real
            : null;
    }

    // True when path lies below folder: compared with the separator, so /site is not a prefix of /site-secret.
    private static bool Contains(string folder, string path) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}

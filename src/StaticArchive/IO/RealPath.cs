namespace StaticArchive.IO;

/// <summary>
/// realpath(3) in managed code: resolves the links in every component of a path, so a file below a linked
/// folder is known by where it really is. .NET resolves only the last component.
/// </summary>
public static class RealPath
{
    private const int MaxLinks = 40; // as Linux's ELOOP limit

    /// <summary>The real path of a path (which need not exist); throws <see cref="IOException"/> when links loop.</summary>
    public static string Of(string path)
    {
        var full = Path.GetFullPath(path);
        var current = Path.GetPathRoot(full)!;
        var pending = new Stack<string>(Parts(full[current.Length..]).Reverse());
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Combine(current, part);
            if (new FileInfo(next).LinkTarget is not { } target)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new IOException($"too many levels of symbolic links: {path}");
            }

            if (Path.IsPathRooted(target))
            {
                current = Path.GetPathRoot(target)!;
                target = target[current.Length..];
            }

            foreach (var p in Parts(target).Reverse())
            {
                pending.Push(p);
            }
        }

        return current;
    }

    private static IEnumerable<string> Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries).Where(p => p != ".");
}

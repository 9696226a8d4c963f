using StaticArchive.IO;

namespace StaticArchive.Incremental;

/// <summary>
/// The cache files a successful build leaves (page cache, stamp). They are written under a temporary name and
/// the old ones removed before the output is swapped, so a cache folder that cannot be written fails the build
/// with the output untouched; after the swap they are renamed into place. A build stopped in between leaves no
/// cache (the next build is a cold one), never a cache describing the other site.
/// </summary>
internal sealed class CacheWrites(IFileSystem files)
{
    private readonly List<(string Path, byte[] Bytes)> _files = [];

    /// <summary>Adds a file to write.</summary>
    public void Add(string path, byte[] bytes) => _files.Add((path, bytes));

    /// <summary>Writes the temporary files and removes the old ones; the exception (with the path) when that fails.</summary>
    public (string Path, Exception Error)? Stage()
    {
        foreach (var (path, bytes) in _files)
        {
            try
            {
                files.WriteAllBytes(path + ".new", bytes);
                files.DeleteFile(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return (path, ex);
            }
        }

        return null;
    }

    /// <summary>Renames the written files into place; one that cannot be leaves only a slower next build.</summary>
    public void Publish()
    {
        foreach (var (path, _) in _files)
        {
            try
            {
                files.MoveFile(path + ".new", path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // the output is already in place; without this file the next build is a cold one
            }
        }
    }
}

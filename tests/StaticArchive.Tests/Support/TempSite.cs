using System.Text;

namespace StaticArchive.Tests.Support;

/// <summary>A site written to a temporary folder on disk, for tests of the CLI, git and the dev server.</summary>
public sealed class TempSite : IDisposable
{
    private TempSite(string root) => Root = root;

    /// <summary>The site root (holds content/, theme/ and the cache).</summary>
    public string Root { get; }

    /// <summary>The content folder.</summary>
    public string Content => Path.Combine(Root, "content");

    /// <summary>Writes the <c>-- path --</c> sections of an inline archive under a fresh temporary folder.</summary>
    public static TempSite Create(string archive)
    {
        var root = Path.Combine(Path.GetTempPath(), "sa-" + Guid.NewGuid().ToString("N")[..12]);
        var memory = new StaticArchive.IO.MemoryFileSystem();
        SiteTest.Write(memory, archive);
        foreach (var (path, bytes) in memory.Files)
        {
            var full = Path.Combine(root, path["/site/".Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }

        Directory.CreateDirectory(Path.Combine(root, "content"));
        return new TempSite(root);
    }

    /// <summary>The full path of a site file.</summary>
    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Writes a file (UTF-8).</summary>
    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text, new UTF8Encoding(false));
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // a watcher may still hold the folder for a moment; the temp folder is cleaned by the OS
        }
    }
}

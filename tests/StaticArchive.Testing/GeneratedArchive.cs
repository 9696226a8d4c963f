using System.Text;

namespace StaticArchive.Testing;

/// <summary>A generated archive held in memory: its files by path (<c>content/site.yml</c> …) and its manifest.</summary>
public sealed class GeneratedArchive(SortedDictionary<string, string> files, ArchiveManifest manifest)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Every file's text, by its path relative to the archive root, in ordinal order.</summary>
    public IReadOnlyDictionary<string, string> Files => files;

    /// <summary>What the archive holds.</summary>
    public ArchiveManifest Manifest { get; } = manifest;

    /// <summary>Writes every file (UTF-8, no BOM) below <paramref name="root"/>; returns the content folder.</summary>
    public string WriteTo(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var folder in files.Keys.Select(p => Path.GetDirectoryName(Path.Combine(root, p))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(folder);
        }

        Parallel.ForEach(files, file => File.WriteAllText(Path.Combine(root, file.Key), file.Value, Utf8));
        return Path.Combine(root, "content");
    }
}

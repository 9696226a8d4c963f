using System.Reflection;
using StaticArchive.IO;

namespace StaticArchive.Theme;

/// <summary>
/// The theme as a set of files: the default theme embedded in the tool, overridden file by file by the
/// site's own <c>theme/</c> folder (Hugo's theme lookup, one level deep).
/// </summary>
internal sealed class ThemeFiles
{
    private readonly SortedDictionary<string, byte[]> _files;
    private readonly Lazy<AssetManifest> _assets;

    private ThemeFiles(SortedDictionary<string, byte[]> files)
    {
        _files = files;
        _assets = new Lazy<AssetManifest>(() => AssetManifest.Of(this));
    }

    /// <summary>The files under <c>assets/</c> as published: fingerprinted names and integrity values.</summary>
    public AssetManifest Assets => _assets.Value;

    /// <summary>Paths (relative to the theme root) of every file, in ordinal order.</summary>
    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>Loads the embedded default theme and overlays the site theme folder, if it exists.</summary>
    public static ThemeFiles Load(IFileSystem files, string? siteThemeFolder)
    {
        ArgumentNullException.ThrowIfNull(files);
        var result = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        var assembly = typeof(ThemeFiles).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("theme/", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            result[name["theme/".Length..]] = copy.ToArray();
        }

        if (siteThemeFolder is not null && files.DirectoryExists(siteThemeFolder))
        {
            var root = siteThemeFolder.Replace('\\', '/').TrimEnd('/') + "/";
            foreach (var file in files.EnumerateFiles(siteThemeFolder))
            {
                var relative = file.Replace('\\', '/')[root.Length..];
                if (!relative.Split('/').Any(p => p.StartsWith('.')))
                {
                    result[relative] = files.ReadAllBytes(file);
                }
            }
        }

        return new ThemeFiles(result);
    }

    /// <summary>True when the theme has the file.</summary>
    public bool Has(string path) => _files.ContainsKey(path);

    /// <summary>The bytes of a theme file.</summary>
    public byte[] Read(string path) =>
        _files.TryGetValue(path, out var bytes) ? bytes : throw new FileNotFoundException($"theme/{path}");

    /// <summary>The text of a theme file (UTF-8).</summary>
    public string ReadText(string path) => System.Text.Encoding.UTF8.GetString(Read(path));

    /// <summary>Files below a folder of the theme, e.g. <c>assets/</c>.</summary>
    public IEnumerable<string> Under(string folder) =>
        _files.Keys.Where(k => k.StartsWith(folder, StringComparison.Ordinal));

    /// <summary>A name for the embedded theme in messages.</summary>
    public static string EmbeddedName => Assembly.GetExecutingAssembly().GetName().Name + " default theme";
}

using System.Text;

namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>
/// The archive of hostile content kept as data in <c>Hostile/hostile-archive.txt</c>: "-- path --" sections, each a
/// file below the site folder; lines before the first section describe the file.
/// </summary>
public static class HostileArchive
{
    /// <summary>The data file in the repository.</summary>
    public static string DataFile { get; } = RepositoryRoot.Combine("tests", "StaticArchive.Browser.Tests", "Hostile", "hostile-archive.txt");

    /// <summary>Writes the archive's files below <paramref name="site"/> (which then holds content/); returns the content folder.</summary>
    public static string WriteTo(string site)
    {
        string? path = null;
        var body = new StringBuilder();
        foreach (var line in File.ReadAllText(DataFile, Encoding.UTF8).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                Flush(site, path, body);
                path = line[3..^3].Trim();
                body.Clear();
            }
            else if (path is not null)
            {
                body.Append(line).Append('\n');
            }
        }

        Flush(site, path, body);
        return Path.Combine(site, "content");
    }

    private static void Flush(string site, string? path, StringBuilder body)
    {
        if (path is null)
        {
            return;
        }

        var full = Path.Combine(site, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, body.ToString(), new UTF8Encoding(false));
    }
}

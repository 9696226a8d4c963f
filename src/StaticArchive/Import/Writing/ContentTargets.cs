using System.Globalization;
using System.Text.RegularExpressions;
using StaticArchive.Import.Documents;

namespace StaticArchive.Import.Writing;

/// <summary>
/// Where each document goes under the content folder, and which sources are already there: a second import of
/// the same source (same address, or same file fingerprint) is recognised; an existing file is never replaced
/// without <c>--force</c> — a document from another source takes another free name.
/// </summary>
internal sealed partial class ContentTargets
{
    private readonly string _agencyDirectory;
    private readonly Dictionary<string, string> _byHash = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _byUrl = new(StringComparer.Ordinal);
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);

    public ContentTargets(string contentDirectory, string agency)
    {
        _agencyDirectory = Path.Combine(contentDirectory, agency);
        if (!Directory.Exists(_agencyDirectory))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(_agencyDirectory, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var head = string.Concat(File.ReadLines(file).Take(40).Select(l => l + "\n"));
            if (HashPattern().Match(head) is { Success: true } h)
            {
                _byHash.TryAdd(h.Groups["h"].Value, file);
            }

            if (UrlPattern().Match(head) is { Success: true } u)
            {
                _byUrl.TryAdd(u.Groups["u"].Value, file);
            }
        }
    }

    /// <summary>The file a previous import of this source wrote, or null.</summary>
    public string? Previous(string hash, string? url) =>
        _byHash.TryGetValue(hash, out var byHash) ? byHash : url is not null && _byUrl.TryGetValue(url, out var byUrl) ? byUrl : null;

    /// <summary>The Markdown path for a draft: its preferred slug when free, else the source's own name, else a numbered slug.</summary>
    public string Choose(DocumentDraft draft, int year, string sourceName, bool force, string? previous)
    {
        var folder = Path.Combine(_agencyDirectory, year.ToString(CultureInfo.InvariantCulture));
        if (draft.SubFolder is { } sub)
        {
            folder = Path.Combine(folder, sub);
        }

        var preferred = Path.Combine(folder, draft.Slug + ".md");
        if (force && previous is not null)
        {
            return Claim(previous);
        }

        if (force || Free(preferred))
        {
            return Claim(preferred);
        }

        var own = Slug(sourceName);
        if (own is not null && Free(Path.Combine(folder, own + ".md")))
        {
            return Claim(Path.Combine(folder, own + ".md"));
        }

        for (var n = 2; ; n++)
        {
            var numbered = Path.Combine(folder, $"{draft.Slug}-{n}.md");
            if (Free(numbered))
            {
                return Claim(numbered);
            }
        }
    }

    /// <summary>Remembers a written source, so a second copy in the same run is recognised.</summary>
    public void Remember(string hash, string? url, string path)
    {
        _byHash.TryAdd(hash, path);
        if (url is not null)
        {
            _byUrl.TryAdd(url, path);
        }
    }

    private bool Free(string path) => !_claimed.Contains(path) && !File.Exists(path) && !File.Exists(Path.ChangeExtension(path, ".yml"));

    private string Claim(string path)
    {
        _claimed.Add(path);
        return path;
    }

    private static string? Slug(string name)
    {
        var lower = name.ToLowerInvariant();
        return SlugPattern().IsMatch(lower) ? lower : null;
    }

    [GeneratedRegex(@"import-sha256:(?<h>[0-9a-f]{64})", RegexOptions.CultureInvariant)]
    private static partial Regex HashPattern();

    [GeneratedRegex(@"^source:\s*\{\s*url:\s*""(?<u>[^""]+)""", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,80}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}

using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace StaticArchive.Theme;

/// <summary>
/// The theme's files under <c>assets/</c> as the site publishes them: each under a name that carries a hash
/// of its bytes (<c>assets/css/site.3f2a9c1b.css</c>), so a host may cache them for good and a changed file
/// is a new address, with its Subresource Integrity value. An ES module's imports of its neighbours are
/// rewritten to their published names first, so the hash of a module covers the modules it loads.
/// </summary>
internal sealed partial class AssetManifest
{
    private readonly IReadOnlyDictionary<string, Asset> _assets;

    private AssetManifest(IReadOnlyDictionary<string, Asset> assets) => _assets = assets;

    /// <summary>One published asset.</summary>
    /// <param name="Name">The theme's name below <c>assets/</c> (<c>css/site.css</c>).</param>
    /// <param name="OutputPath">Where it is published (<c>assets/css/site.3f2a9c1b.css</c>).</param>
    /// <param name="Integrity">The <c>integrity</c> attribute's value (<c>sha384-…</c>).</param>
    /// <param name="Bytes">The published bytes.</param>
    public sealed record Asset(string Name, string OutputPath, string Integrity, byte[] Bytes);

    /// <summary>Every asset, in ordinal order of name.</summary>
    public IEnumerable<Asset> All => _assets.Values.OrderBy(a => a.Name, StringComparer.Ordinal);

    /// <summary>The asset of a theme name below <c>assets/</c>, or null when the theme has none.</summary>
    public Asset? Find(string name) => _assets.GetValueOrDefault(name.TrimStart('/'));

    /// <summary>Fingerprints the theme's assets.</summary>
    public static AssetManifest Of(ThemeFiles theme)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var sources = theme.Under("assets/").ToDictionary(p => p["assets/".Length..], theme.Read, StringComparer.Ordinal);
        var done = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var name in sources.Keys)
        {
            Publish(name, sources, done, []);
        }

        return new AssetManifest(done);
    }

    private static Asset Publish(string name, Dictionary<string, byte[]> sources, Dictionary<string, Asset> done, HashSet<string> visiting)
    {
        if (done.TryGetValue(name, out var known))
        {
            return known;
        }

        var bytes = sources[name];
        if (name.EndsWith(".js", StringComparison.Ordinal) && visiting.Add(name))
        {
            bytes = Encoding.UTF8.GetBytes(Import().Replace(Encoding.UTF8.GetString(bytes), m =>
            {
                var target = Resolve(name, m.Groups["path"].Value);
                return target is not null && sources.ContainsKey(target) && !visiting.Contains(target)
                    ? m.Groups["head"].Value + m.Groups["path"].Value[..(m.Groups["path"].Value.LastIndexOf('/') + 1)] + FileName(Publish(target, sources, done, visiting).OutputPath) + m.Groups["quote"].Value
                    : m.Value;
            }));
            visiting.Remove(name);
        }

        var hash = SHA384.HashData(bytes);
        var dot = name.LastIndexOf('.');
        var hashed = dot > name.LastIndexOf('/') + 1
            ? $"{name[..dot]}.{Convert.ToHexStringLower(hash)[..8]}{name[dot..]}"
            : $"{name}.{Convert.ToHexStringLower(hash)[..8]}";
        return done[name] = new Asset(name, "assets/" + hashed, "sha384-" + Convert.ToBase64String(hash), bytes);
    }

    // "./search-engine.js" imported by js/search.js → js/search-engine.js; null when it leaves assets/.
    private static string? Resolve(string from, string relative)
    {
        var parts = from.Split('/').SkipLast(1).ToList();
        foreach (var part in relative.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }

    private static string FileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    // from "./x.js", import "./x.js", import("./x.js"): the relative specifiers of static and dynamic imports.
    [GeneratedRegex("""(?<head>\b(?:from|import)\s*\(?\s*(?<quote>["']))(?<path>\.{1,2}/[^"'\s]+\.js)\k<quote>""")]
    private static partial Regex Import();
}

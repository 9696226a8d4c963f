using System.Text.RegularExpressions;

namespace StaticArchive.Hosting;

/// <summary>
/// A <c>_headers</c> file as Netlify and Cloudflare Pages read it: a path pattern at the start of a line
/// (<c>*</c> matches anything, <c>:name</c> one segment), then its headers indented as <c>Name: value</c>;
/// <c>#</c> starts a comment. Every rule whose pattern matches a path applies, in order, and a header two rules
/// set is joined with a comma (as those hosts do).
/// </summary>
public sealed class HeaderRules
{
    private readonly IReadOnlyList<(Regex Pattern, IReadOnlyList<KeyValuePair<string, string>> Headers)> _rules;

    private HeaderRules(IReadOnlyList<(Regex, IReadOnlyList<KeyValuePair<string, string>>)> rules) => _rules = rules;

    /// <summary>No headers at all (a site without the file).</summary>
    public static HeaderRules None { get; } = new([]);

    /// <summary>Reads the file's text.</summary>
    public static HeaderRules Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var rules = new List<(Regex, IReadOnlyList<KeyValuePair<string, string>>)>();
        List<KeyValuePair<string, string>>? headers = null;
        foreach (var line in text.Split('\n').Select(l => l.TrimEnd('\r')))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]))
            {
                headers = [];
                rules.Add((Pattern(trimmed), headers));
            }
            else if (headers is not null && trimmed.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon)
            {
                headers.Add(new(trimmed[..colon].Trim(), trimmed[(colon + 1)..].Trim()));
            }
        }

        return new HeaderRules(rules);
    }

    /// <summary>The headers for a URL path (<c>/</c>, <c>/assets/css/site.css</c>), in the file's order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> For(string path)
    {
        var merged = new List<KeyValuePair<string, string>>();
        foreach (var (pattern, headers) in _rules.Where(r => r.Pattern.IsMatch(path)))
        {
            foreach (var header in headers)
            {
                var at = merged.FindIndex(h => string.Equals(h.Key, header.Key, StringComparison.OrdinalIgnoreCase));
                if (at < 0)
                {
                    merged.Add(header);
                }
                else
                {
                    merged[at] = new(merged[at].Key, merged[at].Value + ", " + header.Value);
                }
            }
        }

        return merged;
    }

    // /assets/* → ^/assets/.*$; /:agency/index.html → ^/[^/]+/index\.html$
    private static Regex Pattern(string pattern)
    {
        var path = pattern.StartsWith("http", StringComparison.Ordinal) && Uri.TryCreate(pattern, UriKind.Absolute, out var uri) ? uri.AbsolutePath : pattern;
        var regex = Regex.Replace(Regex.Escape(path).Replace("\\*", ".*", StringComparison.Ordinal), ":[A-Za-z_][A-Za-z0-9_]*", "[^/]+");
        return new Regex("^" + regex + "$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}

using System.Net;
using System.Text;

namespace StaticArchive.Safety;

/// <summary>
/// Which link targets a page may carry: http, https, mailto, tel and relative links (<c>#x</c>, <c>/x</c>,
/// <c>./x</c>, <c>../x</c>, <c>?x</c>, plain paths). Anything else (<c>javascript:</c>, <c>vbscript:</c>,
/// <c>data:</c>, <c>file:</c>…) could run script or leave the site, so it is refused.
/// </summary>
internal static class LinkScheme
{
    private static readonly char[] Controls = [.. Enumerable.Range(0, 0x21).Select(i => (char)i)];

    /// <summary>The schemes a link may name.</summary>
    public static IReadOnlyList<string> Allowed { get; } = ["http", "https", "mailto", "tel"];

    /// <summary>True when the target is relative or names an allowed scheme, however it is written.</summary>
    public static bool IsAllowed(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Refused(url) is null;
    }

    /// <summary>The refused scheme a browser would read in the target (lower case), or null when it is allowed.</summary>
    public static string? Refused(string url)
    {
        ArgumentNullException.ThrowIfNull(url);

        // An entity-encoded target (jav&#x61;script:) is read decoded wherever HTML is parsed once more.
        foreach (var form in (string[])[url, WebUtility.HtmlDecode(url)])
        {
            if (SchemeOf(form) is { } scheme && !Allowed.Contains(scheme, StringComparer.Ordinal))
            {
                return scheme;
            }
        }

        return null;
    }

    /// <summary>The scheme as a browser reads it (lower case), or null for a relative target.</summary>
    public static string? SchemeOf(string url)
    {
        ArgumentNullException.ThrowIfNull(url);

        // Browsers drop tabs and line breaks anywhere in a URL and control characters and spaces at its ends.
        var kept = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (c is not ('\t' or '\n' or '\r'))
            {
                kept.Append(c);
            }
        }

        var text = kept.ToString().Trim(Controls);
        var end = text.AsSpan().IndexOfAny(":/?#");
        return end <= 0 || text[end] != ':' ? null : text[..end].ToLowerInvariant();
    }

    /// <summary>A target as a message may quote it: control characters shown as \uXXXX, at most 80 characters.</summary>
    public static string Shown(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var shown = new StringBuilder();
        foreach (var c in url)
        {
            if (shown.Length >= 80)
            {
                return shown.Append('…').ToString();
            }

            _ = char.IsControl(c) ? shown.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : shown.Append(c);
        }

        return shown.ToString();
    }
}

using System.Text.RegularExpressions;

namespace StaticArchive.Content;

/// <summary>The rules for folder and file names that become URLs.</summary>
internal static partial class Slugs
{
    /// <summary>First path segments the site itself uses; an agency may not take them.</summary>
    public static IReadOnlySet<string> Reserved { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "agencies", "years", "types", "search", "data", "assets", "schemas", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "accessibility", "sitemap" };

    /// <summary>True for lowercase ASCII letters, digits and inner hyphens.</summary>
    public static bool IsValid(string slug) => SlugPattern().IsMatch(slug);

    /// <summary>True for a four-digit year folder.</summary>
    public static bool IsYear(string name) => YearPattern().IsMatch(name);

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex("^(19|20)[0-9]{2}$")]
    private static partial Regex YearPattern();
}

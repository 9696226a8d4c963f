using System.Text.RegularExpressions;

namespace StaticArchive.Cli.Help;

/// <summary>
/// The site's language before the arguments are parsed, so even <c>--help</c> speaks it: <c>language:</c> in
/// site.yml of the folder <c>--content</c> names (default ./content).
/// </summary>
public static partial class SiteLanguage
{
    /// <summary>The language site.yml states, or null (no site.yml, or no <c>language:</c>).</summary>
    public static string? Of(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var site = Path.Combine(ContentFolder(args), "site.yml");
        try
        {
            return File.Exists(site)
                ? File.ReadLines(site).Select(line => LanguageLine().Match(line)).FirstOrDefault(m => m.Success)?.Groups[1].Value
                : null;
        }
        catch (IOException)
        {
            return null; // the build itself reports an unreadable site.yml
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string ContentFolder(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--content" && i + 1 < args.Count)
            {
                return args[i + 1];
            }

            if (args[i].StartsWith("--content=", StringComparison.Ordinal))
            {
                return args[i]["--content=".Length..];
            }
        }

        return "content";
    }

    [GeneratedRegex("""^language:\s*["']?([A-Za-z-]+)["']?\s*(#.*)?$""")]
    private static partial Regex LanguageLine();
}

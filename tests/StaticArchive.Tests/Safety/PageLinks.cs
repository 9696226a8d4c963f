using AngleSharp.Html.Parser;

namespace StaticArchive.Tests.Safety;

/// <summary>The targets of a page's links, images and frames as a browser reads them, for asserting none runs script.</summary>
public static class PageLinks
{
    private static readonly string[] Hostile = ["javascript:", "vbscript:", "data:"];

    /// <summary>Every href and src of the page, entities decoded, tabs and line breaks dropped, lower case.</summary>
    public static IReadOnlyList<string> Targets(string html)
    {
        var page = new HtmlParser().ParseDocument(html);
        return [.. page.All
            .SelectMany(e => e.Attributes)
            .Where(a => a.Name is "href" or "src" or "action" or "formaction" or "xlink:href")
            .Select(a => new string([.. a.Value.Where(c => c is not ('\t' or '\n' or '\r'))]).Trim().ToLowerInvariant())];
    }

    /// <summary>Asserts the page links to nothing that runs script or carries its own content.</summary>
    public static void AssertNoHostileTarget(string html)
    {
        foreach (var target in Targets(html))
        {
            Assert.False(Hostile.Any(h => target.StartsWith(h, StringComparison.Ordinal)), $"the page links to “{target}”");
        }
    }
}

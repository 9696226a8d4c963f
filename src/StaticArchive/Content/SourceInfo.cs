using System.Globalization;
using StaticArchive.Core;
using StaticArchive.Yaml;

namespace StaticArchive.Content;

/// <summary>
/// Where a document comes from (front matter <c>source: {url, retrieved, format, note}</c>): the page shows it as
/// 来源, open data, the search result and the feed entry carry its address.
/// </summary>
/// <param name="Url">The original's address (http or https), if known.</param>
/// <param name="Retrieved">When the original was taken, as written (YYYY-MM-DD).</param>
/// <param name="Format">The original's format: html, text, pdf, docx….</param>
/// <param name="Note">What else is known, e.g. where a copy without an address came from.</param>
internal sealed record SourceInfo(string? Url, string? Retrieved, string? Format, string? Note)
{
    private static readonly string[] Known = ["url", "retrieved", "format", "note"];

    /// <summary>Reads <c>source:</c>; null when absent or empty. An address that is not http(s) is reported and dropped.</summary>
    public static SourceInfo? Read(YamlMap front)
    {
        ArgumentNullException.ThrowIfNull(front);
        if (front.Map("source") is not { } map)
        {
            return null;
        }

        map.WarnUnknownKeys(Known);
        var url = map.String("url");
        if (url is not null && !IsWebAddress(url))
        {
            map.Source.Error(
                map.Value("url")!, DiagnosticCodes.WrongType,
                $"来源地址“{url}”不是完整的网址。",
                "写原文网页的完整地址，以 http:// 或 https:// 开头；不知道地址时删掉 `url:`，在 `note:` 里说明来源。");
            url = null;
        }

        var retrieved = map.Date("retrieved")?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var info = new SourceInfo(url, retrieved, map.String("format"), map.String("note"));
        return info is { Url: null, Retrieved: null, Format: null, Note: null } ? null : info;
    }

    private static bool IsWebAddress(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

using AngleSharp.Html.Dom;
using StaticArchive.Import.Labels;
using StaticArchive.Import.Sources;

namespace StaticArchive.Import.Html;

/// <summary>What a page states about its document: the CMS's meta tags and the 信息公开 index box
/// (索引号, 发文机关, 成文日期, 发文字号, 发布日期), each only when present and not empty.</summary>
internal static class HtmlMetadata
{
    public static SourceMetadata Read(IHtmlDocument document)
    {
        string? Meta(string name) => NonEmpty(document.QuerySelector($"meta[name='{name}']")?.GetAttribute("content"));
        var box = IndexBox(document);
        string? Box(string key) => box.TryGetValue(key, out var value) ? NonEmpty(value) : null;
        var title = Meta("ArticleTitle") ?? Box("标题") ?? NonEmpty(document.QuerySelector("h1")?.TextContent) ?? NonEmpty(document.Title);
        return new SourceMetadata
        {
            Title = title,
            Published = Meta("PubDate") ?? Box("发布日期"),
            Url = Meta("Url") ?? NonEmpty(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href")),
            Publisher = Box("发文机关") ?? Meta("ContentSource"),
            DocNo = Box("发文字号") ?? Box("文号"),
            IndexNo = Box("索引号"),
            Column = Meta("ColumnName"),
            Keywords = Meta("KeyWords"),
        };
    }

    private static Dictionary<string, string> IndexBox(IHtmlDocument document)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in document.QuerySelectorAll(".index_box li"))
        {
            var text = HtmlSourceReader.CollapseSpaces(item.TextContent);
            var colon = text.IndexOf('：', StringComparison.Ordinal);
            if (colon > 0)
            {
                fields.TryAdd(LabelText.Normalize(text[..colon]), text[(colon + 1)..].Trim());
            }
        }

        return fields;
    }

    private static string? NonEmpty(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : HtmlSourceReader.CollapseSpaces(text);
}

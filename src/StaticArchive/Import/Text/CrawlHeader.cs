using StaticArchive.Import.Sources;

namespace StaticArchive.Import.Text;

/// <summary>The header block a crawl writes above the page text: one <c>名称: 值</c> per line.</summary>
internal static class CrawlHeader
{
    public static SourceMetadata Read(string header)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in header.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && line[(colon + 1)..].Trim() is { Length: > 0 } value)
            {
                fields.TryAdd(line[..colon].Trim(), value);
            }
        }

        string? Field(string name) => fields.TryGetValue(name, out var v) ? v : null;
        return new SourceMetadata
        {
            Title = Field("标题"),
            Published = Field("发布时间"),
            DocNo = Field("文号"),
            Publisher = Field("发布机构"),
            Column = Field("栏目"),
            Url = Field("原文链接"),
        };
    }
}

namespace StaticArchive.Import.Sources;

/// <summary>
/// What the page itself states about the document outside its body (the HTML's meta tags, a crawl's header
/// block, a PDF's or Word file's properties). Every field is null when the source does not state it.
/// </summary>
internal sealed record SourceMetadata
{
    /// <summary>标题.</summary>
    public string? Title { get; init; }

    /// <summary>发布时间 as stated, e.g. <c>2024-01-26 16:42</c>.</summary>
    public string? Published { get; init; }

    /// <summary>原文链接.</summary>
    public string? Url { get; init; }

    /// <summary>发布机构 / 来源 as the page states it (not always the author: pages misstate it).</summary>
    public string? Publisher { get; init; }

    /// <summary>文号.</summary>
    public string? DocNo { get; init; }

    /// <summary>索引号.</summary>
    public string? IndexNo { get; init; }

    /// <summary>栏目 (the site's column), e.g. 政府信息公开年报.</summary>
    public string? Column { get; init; }

    /// <summary>Keywords the page lists (e.g. 第1006号).</summary>
    public string? Keywords { get; init; }
}

namespace StaticArchive.Sitemap;

/// <summary>One page in the sitemap: its site-relative URL and, for a document, the date it last changed.</summary>
internal sealed record SitemapEntry(string Url, DateOnly? LastModified);

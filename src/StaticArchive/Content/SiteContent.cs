namespace StaticArchive.Content;

/// <summary>What discovery found: the settings, the agencies and the documents to read.</summary>
internal sealed record SiteContent(
    SiteSettings Settings,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<DocumentSource> Documents,
    IReadOnlyList<string> OtherFiles);

namespace StaticArchive.Content;

/// <summary>What discovery found: the settings, the agencies and the documents to read.</summary>
public sealed record SiteContent(
    SiteSettings Settings,
    IReadOnlyList<Agency> Agencies,
    IReadOnlyList<DocumentSource> Documents,
    IReadOnlyList<string> OtherFiles);

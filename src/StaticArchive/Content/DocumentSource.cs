namespace StaticArchive.Content;

/// <summary>A Markdown file found in an agency's year folder, not yet read.</summary>
internal sealed record DocumentSource(Agency Agency, int Year, string Path);

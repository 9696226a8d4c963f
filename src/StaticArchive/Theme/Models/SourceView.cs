namespace StaticArchive.Theme.Models;

/// <summary>A document's 来源 as its page shows it: the original's address, when and in what form it was taken, a note.</summary>
public sealed record SourceView(string? Url, string? Retrieved, string? Format, string? Note);

namespace StaticArchive.Theme.Models;

/// <summary>A link as templates see it: text and a URL that already includes the base path.</summary>
public sealed record LinkView(string Title, string Url);

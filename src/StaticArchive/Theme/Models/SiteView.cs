using StaticArchive.Content;

namespace StaticArchive.Theme.Models;

/// <summary>The site as every template sees it.</summary>
public sealed record SiteView(string Title, string Description, string Language, string Base, SiteFooter Footer, string? Repository);

namespace StaticArchive.Theme.Models;

/// <summary>One numbered page link of a pagination bar.</summary>
public sealed record PageLinkView(int Number, string Url, bool Current);

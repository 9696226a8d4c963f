namespace StaticArchive.Theme.Models;

/// <summary>A link with a count, e.g. a year and how many documents it has; <c>Sample</c> marks an invented agency.</summary>
public sealed record CountLinkView(string Title, string Url, int Count, bool Sample = false);

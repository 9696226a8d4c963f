namespace StaticArchive.Search.Query;

/// <summary>Optional facet filters; null means "any".</summary>
internal sealed record SearchFilter(int? Year = null, string? Type = null, string? Agency = null);

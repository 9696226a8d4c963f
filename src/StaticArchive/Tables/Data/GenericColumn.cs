namespace StaticArchive.Tables.Data;

/// <summary>A column of a generic table; <see cref="Group"/> is the upper header of a two-level header.</summary>
internal sealed record GenericColumn(string Label, string? Group = null);

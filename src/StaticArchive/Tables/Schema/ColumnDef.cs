namespace StaticArchive.Tables.Schema;

/// <summary>One data column of a standard table: its key in the data file, its exact printed label,
/// its value type and, for two-level headers, the label of the group above it.</summary>
internal sealed record ColumnDef(string Key, string Label, CellType Type, string? GroupKey = null, string? GroupLabel = null);

using StaticArchive.Import.Sources;
using StaticArchive.Import.Tables;

namespace StaticArchive.Import.Documents;

/// <summary>A real table kept as printed: its first row is the header (the first header cell labels the row
/// headers), every other row a header and its cells; an empty cell stays empty (null).</summary>
internal static class GenericTables
{
    public static ImportedGenericTable From(TableBlock table, string name, string? caption)
    {
        var width = table.Rows.Count == 0 ? 0 : table.Rows.Max(r => r.Count);
        var header = table.Rows.FirstOrDefault() ?? [];
        var columns = Enumerable.Range(1, Math.Max(0, width - 1)).Select(i => i < header.Count ? header[i] : "").ToList();
        var rows = table.Rows.Skip(1)
            .Select(r => (r.Count > 0 ? r[0] : "", (IReadOnlyList<string?>)[.. Enumerable.Range(1, Math.Max(0, width - 1)).Select(i => i < r.Count && r[i].Length > 0 ? r[i] : null)]))
            .ToList();
        return new ImportedGenericTable(name, caption ?? "原文表格", columns, rows, header.Count > 0 && header[0].Length > 0 ? header[0] : null);
    }
}

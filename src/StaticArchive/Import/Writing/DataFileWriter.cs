using System.Globalization;
using System.Text;
using StaticArchive.Import.Tables;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Import.Writing;

/// <summary>
/// Writes a report's data file in exactly the form the build reads (<c>schema</c>, <c>format_version</c>,
/// <c>report</c>, <c>table2</c>–<c>table4</c> with every row and cell, <c>tables</c>): a figure not found is
/// <c>null</c>, money is quoted, and generic tables keep their cells as printed.
/// </summary>
internal static class DataFileWriter
{
    /// <summary>The header fields of the data file's <c>report:</c> mapping.</summary>
    public sealed record Header(string? Agency, int? Year, DateOnly? Published, string? SourceUrl, IReadOnlyList<(string Key, string Value)> Contact);

    /// <summary>The data file's text.</summary>
    public static string Write(Header header, ImportedTables? tables, IReadOnlyList<ImportedGenericTable> generic, string provenance)
    {
        var yaml = new StringBuilder();
        yaml.Append("# yaml-language-server: $schema=../../../theme/static/schemas/annual-report-data.schema.json\n");
        yaml.Append("# ").Append(provenance).Append('\n');
        if (tables is not null)
        {
            var version = tables.Version.Key();
            yaml.Append("schema: ").Append(ReportSchemas.SchemaId).Append('\n');
            yaml.Append("format_version: ").Append(version).Append('\n');
            yaml.Append("report:\n");
            yaml.Append("  agency: ").Append(YamlScalars.QuoteOrNull(header.Agency)).Append('\n');
            yaml.Append("  year: ").Append(header.Year?.ToString(CultureInfo.InvariantCulture) ?? "null").Append('\n');
            yaml.Append("  published: ").Append(header.Published is { } p ? YamlScalars.Date(p) : "null  # 来源未载明发布日期").Append('\n');
            yaml.Append("  format_version: ").Append(version).Append('\n');
            if (header.SourceUrl is { } url)
            {
                yaml.Append("  source_url: ").Append(YamlScalars.Quote(url)).Append('\n');
            }

            if (header.Contact.Count > 0)
            {
                yaml.Append("  contact: {").Append(string.Join(", ", header.Contact.Select(c => $"{c.Key}: {YamlScalars.Quote(c.Value)}"))).Append("}\n");
            }

            foreach (var table in tables.All)
            {
                WriteTable(yaml, table);
            }
        }

        if (generic.Count > 0)
        {
            yaml.Append("tables:\n");
            foreach (var table in generic)
            {
                WriteGeneric(yaml, table);
            }
        }

        return yaml.ToString();
    }

    private static void WriteTable(StringBuilder yaml, ImportedTable table)
    {
        yaml.Append(table.Schema.Name).Append(":\n");
        string? openGroup = null;
        foreach (var row in table.Schema.Rows)
        {
            var indent = "  ";
            if (row.Segments.Count == 2)
            {
                if (openGroup != row.Segments[0])
                {
                    yaml.Append("  ").Append(row.Segments[0]).Append(":\n");
                    openGroup = row.Segments[0];
                }

                indent = "    ";
            }

            var cells = row.Columns.Select(c => $"{c.Key}: {Cell(table[row.Path, c.Key], c)}");
            yaml.Append(indent).Append(row.Key).Append(": {").Append(string.Join(", ", cells)).Append("}\n");
        }
    }

    private static string Cell(ImportedFigure figure, ColumnDef column) =>
        figure.Value is null ? "null" : column.Type == CellType.Money ? YamlScalars.Quote(figure.Value) : figure.Value;

    private static void WriteGeneric(StringBuilder yaml, ImportedGenericTable table)
    {
        yaml.Append("  ").Append(table.Name).Append(":\n");
        yaml.Append("    caption: ").Append(YamlScalars.Quote(table.Caption)).Append('\n');
        if (table.Stub is { } stub)
        {
            yaml.Append("    stub: ").Append(YamlScalars.Quote(stub)).Append('\n');
        }

        yaml.Append("    columns: ").Append(YamlScalars.List(table.Columns)).Append('\n');
        yaml.Append("    rows:\n");
        foreach (var (header, cells) in table.Rows)
        {
            yaml.Append("      - ").Append(YamlScalars.List([header, .. cells])).Append('\n');
        }
    }
}

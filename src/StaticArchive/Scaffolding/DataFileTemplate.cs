using System.Text;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Scaffolding;

/// <summary>
/// A complete report data file: every row and cell of the three tables of the year's format, each cell
/// <c>null</c> (not yet filled in; <c>check</c> warns 未填报 per table), so the editor fills numbers in place
/// and never has to remember a key. The first line points editors' YAML tooling at the JSON Schema.
/// </summary>
internal static class DataFileTemplate
{
    /// <summary>The format of a report year: gb2021 from 2021 on, gb2019 before.</summary>
    public static FormatVersion VersionFor(int year) => year >= 2021 ? FormatVersion.Gb2021 : FormatVersion.Gb2019;

    /// <summary>The data file text.</summary>
    public static string Render(string schemaPath, string agencyName, string? region, int year)
    {
        var version = VersionFor(year);
        var sb = new StringBuilder();
        sb.Append($"# yaml-language-server: $schema={schemaPath}\n");
        sb.Append("# 三张表每一格都已列出，值为 null 表示尚未填报；原报告该格空白的，保留 null。\n");
        sb.Append($"schema: {ReportSchemas.SchemaId}\nformat_version: {version.Key()}\nreport:\n");
        sb.Append($"  agency: \"{agencyName}\"\n  agency_kind: department\n  region: {(region is null ? "null" : $"\"{region}\"")}\n  year: {year}\n  published: null\n  format_version: {version.Key()}\n");
        foreach (var table in ReportSchemas.All(version))
        {
            sb.Append($"# {table.Heading}\n{table.Name}:\n");
            string? openGroup = null;
            foreach (var row in table.Rows)
            {
                var indent = "  ";
                if (row.Path.Contains('.'))
                {
                    var group = row.Path.Split('.')[0];
                    if (openGroup != group)
                    {
                        sb.Append($"  {group}:\n");
                        openGroup = group;
                    }

                    indent = "    ";
                }

                sb.Append($"{indent}{row.Key}: {{{string.Join(", ", row.Columns.Select(c => $"{c.Key}: null"))}}}\n");
            }
        }

        return sb.ToString();
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace StaticArchive.Tables.Schema;

/// <summary>
/// Builds the JSON Schema (draft-07, which VS Code's YAML extension understands) of a report data file
/// from the registry, so editors get completion and the Chinese label of every key as they type. The file
/// <c>theme/static/schemas/annual-report-data.schema.json</c> is this output; a test keeps them equal.
/// </summary>
internal static class DataFileJsonSchema
{
    /// <summary>The schema as indented JSON text (LF line ends, trailing newline).</summary>
    public static string Build()
    {
        var definitions = new JsonObject
        {
            ["count"] = new JsonObject { ["type"] = Types("integer", "null"), ["minimum"] = 0, ["description"] = "件数：不小于 0 的整数；原报告空白的格写 null" },
            ["signed_count"] = new JsonObject { ["type"] = Types("integer", "null"), ["description"] = "本年增/减：整数，可为负；空白写 null" },
            ["money"] = new JsonObject
            {
                ["type"] = Types("string", "null"),
                ["pattern"] = "^[0-9]+(\\.[0-9]+)?(万元|元)?$",
                ["description"] = "金额：加引号照录原报告的数字，如 \"5949.088667\"；空白写 null",
            },
        };
        foreach (var version in new[] { FormatVersion.Gb2021, FormatVersion.Gb2019 })
        {
            foreach (var table in ReportSchemas.All(version).Take(2))
            {
                definitions[$"{table.Name}_{version.Key()}"] = Table(table);
            }
        }

        definitions["table4"] = Table(ReportSchemas.Get(FormatVersion.Gb2021, "table4"));
        definitions["generic_table"] = GenericTable();

        var root = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["$id"] = "https://staticarchive.invalid/schemas/annual-report-data.schema.json",
            ["title"] = "年度报告统计表数据文件（zfxxgk-annual-report/1）",
            ["description"] = "与 <slug>.md 同名的 <slug>.yml：只写键和数字，表格的中文标题由网站按国家格式生成。",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["schema"] = new JsonObject { ["const"] = ReportSchemas.SchemaId },
                ["format_version"] = new JsonObject
                {
                    ["enum"] = Types("gb2021", "gb2019"),
                    ["description"] = "gb2021：国办公开办函〔2021〕30号格式（2021年起）；gb2019：〔2019〕60号格式（2019、2020年）",
                },
                ["report"] = Report(),
                ["table2"] = new JsonObject { ["title"] = "二、主动公开政府信息情况", ["type"] = "object" },
                ["table3"] = new JsonObject { ["title"] = "三、收到和处理政府信息公开申请情况", ["type"] = "object" },
                ["table4"] = Ref("table4"),
                ["tables"] = new JsonObject
                {
                    ["description"] = "通用表格：表名 → 表格；正文中用 {{< table 表名 >}} 放置",
                    ["type"] = "object",
                    ["propertyNames"] = new JsonObject { ["pattern"] = "^[A-Za-z0-9_-]+$" },
                    ["additionalProperties"] = Ref("generic_table"),
                },
            },
            ["allOf"] = new JsonArray(Variant(FormatVersion.Gb2021), Variant(FormatVersion.Gb2019)),
            ["definitions"] = definitions,
        };
        var options = new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, NewLine = "\n" };
        return root.ToJsonString(options) + "\n";
    }

    private static JsonObject Variant(FormatVersion version) => new()
    {
        ["if"] = new JsonObject
        {
            ["properties"] = new JsonObject { ["format_version"] = new JsonObject { ["const"] = version.Key() } },
            ["required"] = Types("format_version"),
        },
        ["then"] = new JsonObject
        {
            ["properties"] = new JsonObject
            {
                ["table2"] = Ref($"table2_{version.Key()}"),
                ["table3"] = Ref($"table3_{version.Key()}"),
            },
        },
    };

    private static JsonObject Table(TableSchema table)
    {
        var properties = new JsonObject();
        foreach (var top in table.TopLevelKeys)
        {
            var rows = table.Rows.Where(r => r.Path.Split('.')[0] == top).ToArray();
            if (rows.Length == 1 && rows[0].Path == top)
            {
                properties[top] = Row(rows[0]);
                continue;
            }

            var children = new JsonObject();
            foreach (var row in rows)
            {
                children[row.Key] = Row(row);
            }

            properties[top] = Object(rows[0].GroupLabel!, children);
        }

        return Object(table.Heading, properties);
    }

    private static JsonObject Row(RowDef row)
    {
        var properties = new JsonObject();
        foreach (var column in row.Columns)
        {
            var def = column.Type switch { CellType.Count => "count", CellType.SignedCount => "signed_count", _ => "money" };
            properties[column.Key] = new JsonObject { ["$ref"] = $"#/definitions/{def}", ["title"] = column.Label };
        }

        return Object(row.GroupLabel is null || row.InResults ? row.FullLabel : $"{row.GroupLabel} {row.Label}", properties);
    }

    private static JsonObject Object(string title, JsonObject properties) => new()
    {
        ["title"] = title,
        ["type"] = "object",
        ["additionalProperties"] = false,
        ["required"] = Types([.. properties.Select(p => p.Key)]),
        ["properties"] = properties,
    };

    private static JsonObject Report()
    {
        var text = new JsonObject { ["type"] = Types("string", "null") };
        return new JsonObject
        {
            ["title"] = "报告信息",
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["properties"] = new JsonObject
            {
                ["agency"] = new JsonObject { ["type"] = "string", ["description"] = "机关名称（照原报告）" },
                ["agency_kind"] = new JsonObject { ["enum"] = Types("government", "department", "government-aggregate", "other") },
                ["region"] = text.DeepClone(),
                ["region_code"] = new JsonObject { ["type"] = Types("string", "null"), ["pattern"] = "^[0-9]{6}$" },
                ["year"] = new JsonObject { ["type"] = "integer", ["minimum"] = 2008, ["description"] = "统计年度" },
                ["published"] = new JsonObject { ["type"] = Types("string", "null"), ["description"] = "发布日期 YYYY-MM-DD" },
                ["format_version"] = new JsonObject { ["enum"] = Types("gb2021", "gb2019", "pre2019") },
                ["source_url"] = text.DeepClone(),
                ["contact"] = new JsonObject { ["type"] = "object" },
            },
        };
    }

    private static JsonObject GenericTable()
    {
        var label = new JsonObject { ["type"] = "string" };
        return new JsonObject
        {
            ["type"] = "object",
            ["additionalProperties"] = false,
            ["required"] = Types("caption", "columns", "rows"),
            ["properties"] = new JsonObject
            {
                ["caption"] = new JsonObject { ["type"] = "string", ["description"] = "表格标题" },
                ["stub"] = new JsonObject { ["type"] = "string", ["description"] = "行标题一列的列标题" },
                ["columns"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["anyOf"] = new JsonArray(label.DeepClone(), new JsonObject
                        {
                            ["type"] = "object",
                            ["required"] = Types("group", "columns"),
                            ["properties"] = new JsonObject { ["group"] = label.DeepClone(), ["columns"] = new JsonObject { ["type"] = "array", ["items"] = label.DeepClone() } },
                        }),
                    },
                },
                ["rows"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject
                    {
                        ["anyOf"] = new JsonArray(
                            new JsonObject { ["type"] = "array", ["minItems"] = 1 },
                            new JsonObject { ["type"] = "object", ["required"] = Types("header", "cells") }),
                    },
                },
                ["notes"] = new JsonObject { ["anyOf"] = new JsonArray(label.DeepClone(), new JsonObject { ["type"] = "array", ["items"] = label.DeepClone() }) },
            },
        };
    }

    private static JsonObject Ref(string name) => new() { ["$ref"] = $"#/definitions/{name}" };

    private static JsonArray Types(params string[] values) => [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
}

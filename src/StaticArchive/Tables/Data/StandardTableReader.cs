using System.Globalization;
using StaticArchive.Tables.Rules;
using StaticArchive.Tables.Schema;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Tables.Data;

/// <summary>Reads one standard table (table2/3/4) against its schema, reporting missing, unknown and mistyped cells.</summary>
internal static class StandardTableReader
{
    public static StandardTable Read(YamlNode? node, TableSchema schema, YamlContext context, int line)
    {
        var cells = new Dictionary<(string Row, string Column), TableCell>();
        if (node is null)
        {
            return new StandardTable(schema, cells, line);
        }

        if (node is not YamlMappingNode table)
        {
            context.Error(node, TableDiagnosticCodes.WrongType, $"{schema.Name}: 应为按行写的映射。", $"请参照标准格式逐行填写{schema.Heading}表。");
            return new StandardTable(schema, cells, line);
        }

        context.CheckKeys(table, schema.TopLevelKeys, $"{schema.Name}（{schema.Heading}）");
        foreach (var group in schema.Rows.Where(r => r.Path.Contains('.')).GroupBy(r => r.GroupKey!))
        {
            if (YamlContext.Child(table, group.Key) is YamlMappingNode groupNode)
            {
                context.CheckKeys(groupNode, [.. group.Select(r => r.Key)], $"{schema.Name}.{group.Key}（{group.First().GroupLabel}）");
            }
        }

        foreach (var row in schema.Rows)
        {
            ReadRow(table, schema, row, context, cells);
        }

        return new StandardTable(schema, cells, line);
    }

    private static void ReadRow(YamlMappingNode table, TableSchema schema, RowDef row, YamlContext context,
        Dictionary<(string Row, string Column), TableCell> cells)
    {
        YamlNode parent = table;
        var segments = row.Path.Split('.');
        YamlNode? node = table;
        foreach (var segment in segments)
        {
            if (node is not YamlMappingNode map)
            {
                context.Error(node!, TableDiagnosticCodes.WrongType, $"{schema.Name}.{row.GroupKey} 应为包含各小项的映射。",
                    $"“{row.GroupLabel}”下应分行填写各小项，例如 {row.Key}: {{…}}。");
                return;
            }

            parent = map;
            node = YamlContext.Child(map, segment);
            if (node is null)
            {
                context.Error(parent, TableDiagnosticCodes.MissingRow, $"{schema.Heading}表缺少“{row.FullLabel}”一行（{schema.Name}.{row.Path}）。",
                    $"请补上 {row.Key}: 一行，每一格都要填写；原报告空白的格写 null。");
                return;
            }
        }

        if (node is not YamlMappingNode rowMap)
        {
            context.Error(node!, TableDiagnosticCodes.WrongType, $"“{row.FullLabel}”（{schema.Name}.{row.Path}）应为各列数字的映射。",
                $"例如 {row.Key}: {{{string.Join(", ", row.Columns.Select(c => c.Key + ": 0"))}}}");
            return;
        }

        context.CheckKeys(rowMap, [.. row.Columns.Select(c => c.Key)], $"“{row.FullLabel}”一行");
        foreach (var column in row.Columns)
        {
            var value = YamlContext.Child(rowMap, column.Key);
            if (value is null)
            {
                context.Error(rowMap, TableDiagnosticCodes.MissingCell,
                    $"“{row.FullLabel}”一行缺少“{column.Label}”一格（{column.Key}）。",
                    $"请补上 {column.Key}: 及其数字；原报告该格空白的，写 {column.Key}: null。");
                continue;
            }

            if (ReadCell(value, schema, row, column, context) is { } cell)
            {
                cells[(row.Path, column.Key)] = cell;
            }
        }
    }

    private static TableCell? ReadCell(YamlNode value, TableSchema schema, RowDef row, ColumnDef column, YamlContext context)
    {
        var (line, col) = ((int)value.Start.Line, (int)value.Start.Column);
        if (YamlContext.IsNull(value))
        {
            return new TableCell(null, line, col);
        }

        var text = context.Text(value, $"“{row.FullLabel} / {column.Label}”");
        if (text is null)
        {
            return null;
        }

        TableCell cell;
        if (column.Type == CellType.Money)
        {
            cell = new TableCell(text.Trim(), line, col);
        }
        else if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            cell = new TableCell(n.ToString(CultureInfo.InvariantCulture), line, col);
        }
        else
        {
            context.Error(value, TableDiagnosticCodes.WrongType, $"“{row.FullLabel} / {column.Label}”应为整数，这里是“{text}”。",
                "请只写阿拉伯数字（如 0、12），不要带单位或文字；原报告该格空白的写 null。");
            return null;
        }

        // The loader reports R5 exactly as ReportRules does, so the bag's de-duplication keeps one copy.
        if (ReportRules.CheckType(schema, row, column, cell) is { } violation)
        {
            context.Diagnostics.Add(violation.ToDiagnostic(context.DisplayPath));
        }

        return cell;
    }
}

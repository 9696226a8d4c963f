using System.Text.RegularExpressions;
using StaticArchive.Tables.Schema;
using StaticArchive.Yaml;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Tables.Data;

/// <summary>
/// Reads the <c>tables:</c> mapping of a data file. Each table: <c>caption</c> (required), <c>stub</c> (the label
/// above the row headers), <c>columns</c> (a label, or <c>{group: 上层标题, columns: [下层标题…]}</c> for a
/// two-level header), <c>rows</c> (each <c>[行标题, 值, 值…]</c> or <c>{header: 行标题, cells: [值…]}</c>) and
/// <c>notes</c> (text or a list of texts).
/// </summary>
internal static partial class GenericTableReader
{
    private static readonly string[] TableKeys = ["caption", "stub", "columns", "rows", "notes"];

    public static SortedDictionary<string, GenericTable> ReadAll(YamlNode node, YamlSource source)
    {
        var result = new SortedDictionary<string, GenericTable>(StringComparer.Ordinal);
        if (node is not YamlMappingNode map)
        {
            if (!YamlNodes.IsNull(node))
            {
                source.Error(node, TableDiagnosticCodes.WrongType, "tables: 应为“表名: 表格”的映射。", "例如 tables: {budget: {caption: …, columns: […], rows: […]}}");
            }

            return result;
        }

        foreach (var (keyNode, value) in map.Children)
        {
            var name = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!NamePattern().IsMatch(name) || ReportSchemas.TableNames.Contains(name))
            {
                source.Error(keyNode, TableDiagnosticCodes.GenericTableInvalid, $"表名“{name}”不可用。",
                    "表名只能用英文字母、数字、- 和 _，且不能是 table2、table3、table4（这三个是年度报告的标准表）。");
                continue;
            }

            if (Read(name, keyNode, value, source) is { } table)
            {
                result[name] = table;
            }
        }

        return result;
    }

    private static GenericTable? Read(string name, YamlNode keyNode, YamlNode node, YamlSource source)
    {
        if (node is not YamlMappingNode map)
        {
            source.Error(node, TableDiagnosticCodes.WrongType, $"表格“{name}”应为含 caption、columns、rows 的映射。", "请参照其他表格的写法。");
            return null;
        }

        source.CheckKeys(map, TableKeys, $"表格“{name}”");
        var caption = YamlNodes.Child(map, "caption") is { } c ? source.Text(c, "caption") : null;
        if (string.IsNullOrWhiteSpace(caption))
        {
            source.Error(map, TableDiagnosticCodes.GenericTableInvalid, $"表格“{name}”没有标题（caption）。", "请加一行 caption: 表格标题，读屏软件靠它说明这张表是什么。");
            caption = name;
        }

        var columns = ReadColumns(YamlNodes.Child(map, "columns"), name, map, source);
        var rows = new List<GenericRow>();
        if (YamlNodes.Child(map, "rows") is YamlSequenceNode rowNodes)
        {
            foreach (var rowNode in rowNodes)
            {
                if (ReadRow(rowNode, columns.Count, name, source) is { } row)
                {
                    rows.Add(row);
                }
            }
        }
        else
        {
            source.Error(map, TableDiagnosticCodes.GenericTableInvalid, $"表格“{name}”没有 rows 列表。", "请加 rows:，每行写成 [行标题, 值, 值…]。");
        }

        var notes = YamlNodes.Child(map, "notes") switch
        {
            YamlSequenceNode seq => seq.Select(n => source.Text(n, "notes")).OfType<string>().ToList(),
            { } single when source.Text(single, "notes") is { } text => [text],
            _ => new List<string>(),
        };
        var stub = YamlNodes.Child(map, "stub") is { } s ? source.Text(s, "stub") : null;
        return new GenericTable(name, caption, stub, columns, rows, notes, (int)keyNode.Start.Line);
    }

    private static List<GenericColumn> ReadColumns(YamlNode? node, string name, YamlMappingNode table, YamlSource source)
    {
        var columns = new List<GenericColumn>();
        if (node is not YamlSequenceNode seq)
        {
            source.Error(node ?? table, TableDiagnosticCodes.GenericTableInvalid, $"表格“{name}”没有 columns 列表。",
                "请加 columns: [列标题, 列标题…]；两层表头写 {group: 上层标题, columns: [下层标题…]}。");
            return columns;
        }

        foreach (var item in seq)
        {
            if (item is YamlMappingNode group)
            {
                source.CheckKeys(group, ["group", "columns"], "列组");
                var groupLabel = YamlNodes.Child(group, "group") is { } g ? source.Text(g, "group") : null;
                if (YamlNodes.Child(group, "columns") is YamlSequenceNode inner)
                {
                    columns.AddRange(inner.Select(n => source.Text(n, "列标题")).OfType<string>().Select(l => new GenericColumn(l, groupLabel)));
                }
                else
                {
                    source.Error(group, TableDiagnosticCodes.GenericTableInvalid, "列组缺少 columns 列表。", "例如 {group: 法人或其他组织, columns: [商业企业, 科研机构]}");
                }
            }
            else if (source.Text(item, "列标题") is { } label)
            {
                columns.Add(new GenericColumn(label));
            }
        }

        return columns;
    }

    private static GenericRow? ReadRow(YamlNode node, int columnCount, string name, YamlSource source)
    {
        (YamlNode? header, IEnumerable<YamlNode> cells) = node switch
        {
            YamlSequenceNode seq when seq.Children.Count > 0 => (seq.Children[0], seq.Children.Skip(1)),
            YamlMappingNode map => (YamlNodes.Child(map, "header"), YamlNodes.Child(map, "cells") as YamlSequenceNode ?? []),
            _ => (null, []),
        };
        if (header is null)
        {
            source.Error(node, TableDiagnosticCodes.GenericTableInvalid, $"表格“{name}”的这一行没有行标题。", "每行写成 [行标题, 值, 值…] 或 {header: 行标题, cells: [值…]}。");
            return null;
        }

        var values = cells.Select(c => new TableCell(YamlNodes.IsNull(c) ? null : source.Text(c, "单元格"), (int)c.Start.Line, (int)c.Start.Column)).ToList();
        if (values.Count != columnCount)
        {
            source.Error(node, TableDiagnosticCodes.GenericTableInvalid, $"表格“{name}”的这一行有 {values.Count} 个值，但表头有 {columnCount} 列。",
                "请让每行的值与列数一致；空白格写 null。");
        }

        return new GenericRow(source.Text(header, "行标题") ?? "", values);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();
}

using System.Globalization;
using StaticArchive.Tables.Rules;
using StaticArchive.Tables.Schema;
using StaticArchive.Yaml;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Tables.Data;

/// <summary>Reads one standard table (table2/3/4) against its schema, reporting missing, unknown and mistyped cells.</summary>
internal static class StandardTableReader
{
    public static StandardTable Read(YamlNode? node, TableSchema schema, YamlSource source, int line)
    {
        var cells = new Cells(schema.Cells.Count);
        if (node is null)
        {
            return cells.Table(schema, line);
        }

        if (node is not YamlMappingNode table)
        {
            source.Error(node, TableDiagnosticCodes.WrongType, $"{schema.Name}: 应为按行写的映射。", $"请参照标准格式逐行填写{schema.Heading}表。");
            return cells.Table(schema, line);
        }

        source.CheckKeys(table, schema.TopLevelKeys, $"{schema.Name}（{schema.Heading}）");
        foreach (var group in schema.Rows.Where(r => r.Path.Contains('.')).GroupBy(r => r.GroupKey!))
        {
            if (YamlNodes.Child(table, group.Key) is YamlMappingNode groupNode)
            {
                source.CheckKeys(groupNode, [.. group.Select(r => r.Key)], $"{schema.Name}.{group.Key}（{group.First().GroupLabel}）");
            }
        }

        var position = 0;
        foreach (var row in schema.Rows)
        {
            ReadRow(table, schema, row, source, cells, position);
            position += row.Columns.Count;
        }

        return cells.Table(schema, line);
    }

    // The cells of the table being read, in the schema's cell order (rows, then columns; see CellIndex).
    private sealed class Cells(int count)
    {
        private readonly string?[] _printed = new string?[count];
        private readonly int[] _lines = Enumerable.Repeat(StandardTable.Absent, count).ToArray();
        private readonly int[] _columns = new int[count];

        public void Set(int position, TableCell cell)
        {
            _printed[position] = cell.Printed;
            _lines[position] = cell.Line;
            _columns[position] = cell.Column;
        }

        public StandardTable Table(TableSchema schema, int line) => new(schema, _printed, _lines, _columns, line);
    }

    private static void ReadRow(YamlMappingNode table, TableSchema schema, RowDef row, YamlSource source, Cells cells, int position)
    {
        YamlNode parent = table;
        YamlNode? node = table;
        foreach (var segment in row.Segments)
        {
            if (node is not YamlMappingNode map)
            {
                source.Error(node!, TableDiagnosticCodes.WrongType, $"{schema.Name}.{row.GroupKey} 应为包含各小项的映射。",
                    $"“{row.GroupLabel}”下应分行填写各小项，例如 {row.Key}: {{…}}。");
                return;
            }

            parent = map;
            node = YamlNodes.Child(map, segment);
            if (node is null)
            {
                source.Error(parent, TableDiagnosticCodes.MissingRow, $"{schema.Heading}表缺少“{row.FullLabel}”一行（{schema.Name}.{row.Path}）。",
                    $"请补上 {row.Key}: 一行，每一格都要填写；原报告空白的格写 null。");
                return;
            }
        }

        if (node is not YamlMappingNode rowMap)
        {
            source.Error(node!, TableDiagnosticCodes.WrongType, $"“{row.FullLabel}”（{schema.Name}.{row.Path}）应为各列数字的映射。",
                $"例如 {row.Key}: {{{string.Join(", ", row.Columns.Select(c => c.Key + ": 0"))}}}");
            return;
        }

        source.CheckKeys(rowMap, row.ColumnKeys, $"“{row.FullLabel}”一行");
        for (var i = 0; i < row.Columns.Count; i++)
        {
            var column = row.Columns[i];
            var value = YamlNodes.Child(rowMap, column.Key);
            if (value is null)
            {
                source.Error(rowMap, TableDiagnosticCodes.MissingCell,
                    $"“{row.FullLabel}”一行缺少“{column.Label}”一格（{column.Key}）。",
                    $"请补上 {column.Key}: 及其数字；原报告该格空白的，写 {column.Key}: null。");
                continue;
            }

            if (ReadCell(value, schema, row, column, source) is { } cell)
            {
                cells.Set(position + i, cell);
            }
        }
    }

    private static TableCell? ReadCell(YamlNode value, TableSchema schema, RowDef row, ColumnDef column, YamlSource source)
    {
        var (line, col) = ((int)value.Start.Line, (int)value.Start.Column);
        if (YamlNodes.IsNull(value))
        {
            return new TableCell(null, line, col);
        }

        if (value is not YamlScalarNode { Value: { } text })
        {
            source.Text(value, $"“{row.FullLabel} / {column.Label}”"); // reports the list or mapping
            return null;
        }

        TableCell cell;
        if (column.Type == CellType.Money)
        {
            cell = new TableCell(text.Trim(), line, col);
        }
        else if (IsTooLarge(text))
        {
            source.Error(value, TableDiagnosticCodes.CellTooLarge,
                $"“{row.FullLabel} / {column.Label}”的数字 {text} 太大，超出了能核算的范围（最多 {MaxCountDigits} 位数字）。",
                "请核对原报告：件数应为实际的整数，这里可能多打了数字。");
            return null;
        }
        else if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
        {
            cell = new TableCell(Canonical(n, text), line, col);
        }
        else
        {
            source.Error(value, TableDiagnosticCodes.WrongType, $"“{row.FullLabel} / {column.Label}”应为整数，这里是“{text}”。",
                "请只写阿拉伯数字（如 0、12），不要带单位或文字；原报告该格空白的写 null。");
            return null;
        }

        // The loader reports R5 exactly as ReportRules does, so the bag's de-duplication keeps one copy.
        if (ReportRules.CheckType(schema, row, column, cell) is { } violation)
        {
            source.Diagnostics.Add(violation.ToDiagnostic(source.DisplayPath));
        }

        return cell;
    }

    // Counts stay far enough below long.MaxValue that the rules and charts can add millions of them.
    private const int MaxCountDigits = 12;

    private static bool IsTooLarge(string text)
    {
        var digits = text.AsSpan().TrimStart("+-");
        return digits.Length > MaxCountDigits && !digits.ContainsAnyExceptInRange('0', '9') && digits.TrimStart('0').Length > MaxCountDigits;
    }

    // The digits as printed when they already are the number's own spelling (almost always), so no copy is made.
    private static string Canonical(long n, string text)
    {
        Span<char> digits = stackalloc char[20];
        return n.TryFormat(digits, out var length, provider: CultureInfo.InvariantCulture) && digits[..length].SequenceEqual(text)
            ? text
            : n.ToString(CultureInfo.InvariantCulture);
    }
}

using System.Globalization;
using StaticArchive.Core;
using StaticArchive.Tables.Schema;
using StaticArchive.Yaml;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Tables.Data;

/// <summary>
/// Reads a document's data file (<c>&lt;slug&gt;.yml</c> beside <c>&lt;slug&gt;.md</c>): the standard report
/// tables and any generic tables. Problems become diagnostics with file:line:column and a hint; the loader
/// never throws on bad content and keeps what it could read.
/// </summary>
internal static class DocumentTablesLoader
{
    private static readonly string[] TopLevelKeys = ["schema", "format_version", "report", "table2", "table3", "table4", "tables"];

    private static readonly string[] ReportKeys =
        ["agency", "agency_kind", "region", "region_code", "year", "published", "format_version", "source_url", "contact"];

    /// <summary>Loads a data file; null when it is empty or unreadable (the reason is in <paramref name="diagnostics"/>).</summary>
    /// <param name="displayPath">The path diagnostics name, e.g. <c>content/linzi-gxj/2023/annual-report.yml</c>.</param>
    /// <param name="yamlText">The file's text.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static DocumentTables? Load(string displayPath, string yamlText, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(displayPath);
        ArgumentNullException.ThrowIfNull(yamlText);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var source = new YamlSource(displayPath, diagnostics);
        var document = YamlReader.Read(yamlText, source, TableDiagnosticCodes.YamlSyntax);
        if (document is null || YamlNodes.IsNull(document))
        {
            return null;
        }

        if (document is not YamlMappingNode root)
        {
            source.Error(document, TableDiagnosticCodes.WrongType, "数据文件的顶层应为“键: 值”的映射。",
                "请以 schema:、format_version:、report:、table2: 等键开头。");
            return null;
        }

        source.CheckKeys(root, TopLevelKeys, "数据文件顶层");
        var report = ReadReport(root, source);
        var generic = YamlNodes.Child(root, "tables") is { } tables
            ? GenericTableReader.ReadAll(tables, source)
            : new SortedDictionary<string, GenericTable>(StringComparer.Ordinal);
        return new DocumentTables(displayPath, report, generic);
    }

    private static ReportTables? ReadReport(YamlMappingNode root, YamlSource source)
    {
        var tableNodes = ReportSchemas.TableNames.Select(n => YamlNodes.Child(root, n)).ToArray();
        var versionNode = YamlNodes.Child(root, "format_version");
        if (tableNodes.All(n => n is null) && versionNode is null)
        {
            return null;
        }

        if (YamlNodes.Child(root, "schema") is { } schemaNode && source.Text(schemaNode, "schema") is { } schema
            && schema != ReportSchemas.SchemaId)
        {
            source.Error(schemaNode, TableDiagnosticCodes.UnknownSchema, $"不认识的数据格式“{schema}”。",
                $"年度报告数据文件应写 schema: {ReportSchemas.SchemaId}。");
        }

        var reportNode = YamlNodes.Child(root, "report");
        var info = ReadInfo(reportNode, source, out var innerVersionNode);
        var effectiveVersionNode = versionNode ?? innerVersionNode;
        if (effectiveVersionNode is null)
        {
            source.Error(root, TableDiagnosticCodes.MissingFormatVersion, "数据文件有统计表，却没有写 format_version。",
                "请在文件开头加一行 format_version: gb2021（2021年及以后的报告）或 gb2019（2019、2020年的报告）。");
            return null;
        }

        var versionText = source.Text(effectiveVersionNode, "format_version");
        if (ReportSchemas.ParseVersion(versionText) is not { } version)
        {
            source.Error(effectiveVersionNode, TableDiagnosticCodes.UnknownFormatVersion, $"不认识的表格格式版本“{versionText}”。",
                "format_version 只能是 gb2021（国办公开办函〔2021〕30号）或 gb2019（国办公开办函〔2019〕60号）；2019年以前的报告没有统一表格，请改用 tables: 通用表格。");
            return null;
        }

        if (versionNode is not null && innerVersionNode is not null
            && source.Text(innerVersionNode, "report.format_version") is { } inner && inner != versionText)
        {
            source.Error(innerVersionNode, TableDiagnosticCodes.FormatVersionMismatch,
                $"report.format_version（{inner}）与文件开头的 format_version（{versionText}）不一致。", "请把两处改成同一个版本。");
        }

        var tables = new StandardTable[3];
        for (var i = 0; i < 3; i++)
        {
            var schemaOfTable = ReportSchemas.Get(version, ReportSchemas.TableNames[i]);
            var node = tableNodes[i];
            if (node is null)
            {
                source.Error(root, TableDiagnosticCodes.MissingTable, $"缺少{schemaOfTable.Heading}表（{schemaOfTable.Name}）。",
                    $"请补上 {schemaOfTable.Name}:，表中每一行、每一格都要填写，空白格写 null。");
            }

            var key = root.Children.Keys.FirstOrDefault(k => (k as YamlScalarNode)?.Value == schemaOfTable.Name);
            tables[i] = StandardTableReader.Read(node, schemaOfTable, source, key is null ? 0 : (int)key.Start.Line);
        }

        return new ReportTables(version, info, tables[0], tables[1], tables[2]);
    }

    private static ReportInfo ReadInfo(YamlNode? node, YamlSource source, out YamlNode? versionNode)
    {
        versionNode = null;
        if (node is not YamlMappingNode map)
        {
            if (node is not null && !YamlNodes.IsNull(node))
            {
                source.Error(node, TableDiagnosticCodes.WrongType, "report: 应为“键: 值”的映射。", "例如 report: {agency: 临淄区工业和信息化局, year: 2023}");
            }

            return new ReportInfo(null, null, null, null, null, null);
        }

        source.CheckKeys(map, ReportKeys, "report:");
        versionNode = YamlNodes.Child(map, "format_version");
        int? year = null;
        if (YamlNodes.Child(map, "year") is { } yearNode && source.Text(yearNode, "report.year") is { } yearText)
        {
            if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
            {
                year = y;
            }
            else
            {
                source.Error(yearNode, TableDiagnosticCodes.WrongType, $"report.year 应为四位年份，这里是“{yearText}”。", "例如 year: 2023");
            }
        }

        string? Field(string key) => YamlNodes.Child(map, key) is { } n ? source.Text(n, $"report.{key}") : null;
        return new ReportInfo(Field("agency"), Field("agency_kind"), Field("region"), year, Field("published"), Field("source_url"));
    }
}

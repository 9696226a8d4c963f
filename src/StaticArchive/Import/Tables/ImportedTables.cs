using StaticArchive.Tables.Schema;

namespace StaticArchive.Import.Tables;

/// <summary>The standard tables of one report as imported, in the format version the source follows.</summary>
internal sealed class ImportedTables
{
    /// <summary>Creates empty tables of a format version.</summary>
    public ImportedTables(FormatVersion version)
    {
        Version = version;
        Table2 = new ImportedTable(ReportSchemas.Get(version, "table2"));
        Table3 = new ImportedTable(ReportSchemas.Get(version, "table3"));
        Table4 = new ImportedTable(ReportSchemas.Get(version, "table4"));
    }

    /// <summary>gb2021 or gb2019.</summary>
    public FormatVersion Version { get; }

    /// <summary>二、主动公开政府信息情况.</summary>
    public ImportedTable Table2 { get; }

    /// <summary>三、收到和处理政府信息公开申请情况.</summary>
    public ImportedTable Table3 { get; }

    /// <summary>四、政府信息公开行政复议、行政诉讼情况.</summary>
    public ImportedTable Table4 { get; }

    /// <summary>The three tables in printed order.</summary>
    public IReadOnlyList<ImportedTable> All => [Table2, Table3, Table4];

    /// <summary>Printed rows the standard has no place for, kept as generic tables (e.g. a single （六）其他处理 row in a
    /// report whose other tables follow the 2021 format).</summary>
    public List<ImportedGenericTable> Extra { get; } = [];

    /// <summary>How the format version was decided, and anything else noticed about the tables as a whole.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>"网页表格单元格" or "纯文本": where the figures were read from.</summary>
    public string ReadFrom { get; set; } = "";
}

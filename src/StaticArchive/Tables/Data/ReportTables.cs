using StaticArchive.Tables.Schema;

namespace StaticArchive.Tables.Data;

/// <summary>The three standard tables of one annual report, with its format version and header.</summary>
internal sealed record ReportTables(FormatVersion Version, ReportInfo Info, StandardTable Table2, StandardTable Table3, StandardTable Table4)
{
    /// <summary>The tables in printed order.</summary>
    public IReadOnlyList<StandardTable> Tables => [Table2, Table3, Table4];

    /// <summary>The table with this name (<c>table2</c>, <c>table3</c>, <c>table4</c>), or null.</summary>
    public StandardTable? Get(string name) => name switch
    {
        "table2" => Table2,
        "table3" => Table3,
        "table4" => Table4,
        _ => null,
    };
}

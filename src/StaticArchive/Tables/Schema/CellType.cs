namespace StaticArchive.Tables.Schema;

/// <summary>What a cell of a standard table may hold (rule R5).</summary>
internal enum CellType
{
    /// <summary>A non-negative integer.</summary>
    Count,

    /// <summary>An integer that may be negative (gb2019 本年增/减).</summary>
    SignedCount,

    /// <summary>A decimal kept as the published string, e.g. <c>5949.088667</c> or <c>251000元</c>.</summary>
    Money,
}

using StaticArchive.Core;

namespace StaticArchive.Tables.Rules;

/// <summary>
/// One broken consistency rule (R1–R5), located at one printed cell: the table, the row and column labels
/// as printed, the printed value and what the other figures add up to, and the cell's line in the data file.
/// </summary>
/// <param name="Rule">R1 … R5.</param>
/// <param name="TableName">table2, table3 or table4.</param>
/// <param name="TableHeading">e.g. 三、收到和处理政府信息公开申请情况.</param>
/// <param name="RowPath">The row's key path, e.g. <c>total_processed</c> or <c>denied.state_secret</c>.</param>
/// <param name="RowLabel">The row as printed, e.g. 三、（七）总计.</param>
/// <param name="ColumnKey">The column's key, e.g. <c>commercial_enterprise</c>.</param>
/// <param name="ColumnLabel">The column as printed, e.g. 商业企业.</param>
/// <param name="Printed">The printed value (null when blank).</param>
/// <param name="Expected">What the rule expects, e.g. "26"; null for a type error.</param>
/// <param name="Line">The cell's line in the data file (0 when unknown).</param>
/// <param name="Column">The cell's column in the data file (0 when unknown).</param>
internal sealed record TableViolation(
    string Rule,
    string TableName,
    string TableHeading,
    string RowPath,
    string RowLabel,
    string ColumnKey,
    string ColumnLabel,
    string? Printed,
    string? Expected,
    int Line,
    int Column)
{
    /// <summary>The cell's key path in the data file, e.g. <c>table3.total_processed.commercial_enterprise</c>.</summary>
    public string CellPath => $"{TableName}.{RowPath}.{ColumnKey}";

    /// <summary>
    /// What is wrong, for the editor, in the words of the printed table (readers see the theme's wording), e.g.
    /// <c>三、（七）总计 / 商业企业：印为 20，各项相加为 26</c>.
    /// </summary>
    public string Description => $"{RowLabel} / {ColumnLabel}：{Rule switch
    {
        "R1" => $"印为 {Printed ?? "（空白）"}，本行各申请人类别相加为 {Expected}",
        "R2" => $"印为 {Printed ?? "（空白）"}，（一）至（六）各项相加为 {Expected}",
        "R3" => $"印为 {Printed ?? "（空白）"}，按“第一项加第二项之和，等于第三项加第四项之和”应为 {Expected}",
        "R4" => $"印为 {Printed ?? "（空白）"}，结果维持、结果纠正、其他结果、尚未审结相加为 {Expected}",
        _ => Printed is null ? "不是有效数值" : $"印为“{Printed}”，{Expected}",
    }}";

    /// <summary>The violation as an error diagnostic for a report that does not acknowledge it.</summary>
    /// <param name="displayPath">The data file's path as diagnostics name it.</param>
    public Diagnostic ToDiagnostic(string displayPath) => Diagnostic.Error(
        Rule switch
        {
            "R1" => TableDiagnosticCodes.RuleR1,
            "R2" => TableDiagnosticCodes.RuleR2,
            "R3" => TableDiagnosticCodes.RuleR3,
            "R4" => TableDiagnosticCodes.RuleR4,
            _ => TableDiagnosticCodes.RuleR5,
        },
        displayPath,
        Line,
        Column,
        $"{TableHeading}：{Description}（{Rule}）",
        Rule == "R5"
            ? "请按原报告核对该数字：件数应为不小于 0 的整数，金额应为不小于 0 的数字（可带“元”“万元”）。"
            : "请对照原报告核对这一格及同行、同列的数字。如果原报告就是这样印的，请在正文前言（front matter）加一行 "
              + "published_inconsistencies: acknowledged，网站将照登原数并附说明，不作改动。");
}

using StaticArchive.Core;
using StaticArchive.Tables.Data;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Tables.Rules;

/// <summary>
/// The soft rules across consecutive years of one agency (warnings, never blocking): W1 the carry-over
/// chain of table 三, W2 the stock of 规章 and 行政规范性文件 in table 二.
/// </summary>
internal static class CrossYearRules
{
    private static readonly string[] StockRows = ["regulations", "normative_documents"];

    /// <summary>Checks every pair of consecutive years (N−1, N) of one agency's reports.</summary>
    public static IReadOnlyList<Diagnostic> Check(IReadOnlyList<ReportEntry> oneAgencyByYear)
    {
        ArgumentNullException.ThrowIfNull(oneAgencyByYear);
        var found = new List<Diagnostic>();
        var byYear = oneAgencyByYear.OrderBy(e => e.Year).ToArray();
        for (var i = 1; i < byYear.Length; i++)
        {
            var (previous, current) = (byYear[i - 1], byYear[i]);
            if (current.Year != previous.Year + 1)
            {
                continue;
            }

            CarryOver(previous, current, found);
            Stock(previous, current, found);
        }

        return found;
    }

    private static void CarryOver(ReportEntry previous, ReportEntry current, List<Diagnostic> found)
    {
        var carried = current.Report.Table3;
        foreach (var column in ReportSchemas.Table3Columns)
        {
            var before = previous.Report.Table3.Cell("carried_forward", column.Key);
            var now = carried.Cell("carried_over", column.Key);
            if (before.Count is { } b && now.Count is { } n && b != n)
            {
                found.Add(Diagnostic.Warning(TableDiagnosticCodes.CrossYearCarry, current.DataFilePath, now.Line, now.Column,
                    $"三、收到和处理政府信息公开申请情况：二、上年结转政府信息公开申请数量 / {column.Label} 为 {n}，"
                    + $"但{previous.Year}年报告的四、结转下年度继续办理为 {b}（W1）。",
                    $"请核对两年报告（{previous.DataFilePath}）。如原报告如此，可不修改，这只是提醒。"));
            }
        }
    }

    private static void Stock(ReportEntry previous, ReportEntry current, List<Diagnostic> found)
    {
        // gb2019 has no 废止 column, so only a gb2021 year can be checked; its predecessor's stock is
        // 现行有效件数 (gb2021) or 对外公开总数量 (gb2019), which carries the same stock.
        if (current.Report.Version != FormatVersion.Gb2021)
        {
            return;
        }

        var stockColumn = previous.Report.Version == FormatVersion.Gb2021 ? "in_force" : "public_total";
        var t2 = current.Report.Table2;
        foreach (var row in StockRows)
        {
            var before = previous.Report.Table2.Cell(row, stockColumn).Count;
            var issued = t2.Cell(row, "issued").Count;
            var repealed = t2.Cell(row, "repealed").Count;
            var now = t2.Cell(row, "in_force");
            if (before is { } b && issued is { } i && repealed is { } r && now.Count is { } n && n != b + i - r)
            {
                var label = t2.Schema.Row(row)!.Label;
                found.Add(Diagnostic.Warning(TableDiagnosticCodes.CrossYearStock, current.DataFilePath, now.Line, now.Column,
                    $"二、主动公开政府信息情况：{label} / 现行有效件数 为 {n}，按上年 {b} + 本年制发 {i} − 本年废止 {r} 应为 {b + i - r}（W2）。",
                    "文件清理后常有出入；请核对原报告，如原报告如此，可不修改，这只是提醒。"));
            }
        }
    }
}

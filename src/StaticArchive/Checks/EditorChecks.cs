using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.Scaffolding;
using StaticArchive.Tables.Data;

namespace StaticArchive.Checks;

/// <summary>The checks that name what an editor still has to fill in after <c>new</c>, run on text already read.</summary>
internal static class EditorChecks
{
    /// <summary>One warning per report table that still has null cells (未填报).</summary>
    public static void BlankCells(ReportTables report, string dataFile, DiagnosticBag found)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(found);
        foreach (var table in report.Tables)
        {
            var blank = table.Figures().Where(f => f.Cell.IsBlank).ToList();
            if (blank.Count == 0)
            {
                continue;
            }

            var first = blank[0];
            found.Warning(
                CheckCodes.BlankCells, dataFile, first.Cell.Line > 0 ? first.Cell.Line : table.Line, first.Cell.Column,
                $"表{table.Schema.Number}“{table.Schema.Title}”有 {blank.Count} 格未填报（第一格：{first.Row.FullLabel} / {first.Column.Label}）。",
                "把 null 改成报告里印的数字；原报告该格确实空白的，保留 null。");
        }
    }

    /// <summary>One warning per line of a content file that still has the 【待填写】 marker.</summary>
    public static void Placeholders(string text, string display, DiagnosticBag found)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(found);
        if (!text.Contains(Placeholder.Marker, StringComparison.Ordinal))
        {
            return;
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf(Placeholder.Marker, StringComparison.Ordinal);
            if (column >= 0)
            {
                found.Warning(
                    CheckCodes.Placeholder, display, i + 1, column + 1,
                    "这里还没有填写（“new” 生成的占位文字）。",
                    $"把 {Placeholder.Marker} 换成实际内容。");
            }
        }
    }

    /// <summary>Warnings for the handling-record fields of a proposal that are still empty, at the line that names them (commented out or not).</summary>
    public static void ProposalFields(ProposalInfo proposal, string text, string display, DiagnosticBag found)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(found);
        var p = proposal;
        string[]? lines = null;
        Field(p.Number, "number", "建议/提案编号，例如 number: \"42\"");
        Field(p.Proposers, "proposer", "提出人，例如 proposer: 刘某某代表");
        Field(p.LeadUnits.Count > 0 ? "x" : null, "handling_units", "主办单位，例如 handling_units: {lead: [区工信局], assisting: []}");
        Field(p.ResultLabel ?? p.ResultTerm, "result", "办理结果，例如 result: {code: A, label: 已解决或基本解决}");
        Field(p.ReplyDate?.ToString(), "reply_date", "答复日期，例如 reply_date: 2024-06-30");

        void Field(string? value, string key, string example)
        {
            if (value is not null)
            {
                return;
            }

            lines ??= text.Split('\n');
            var line = Array.FindIndex(lines, l => l.TrimStart('#', ' ').StartsWith(key + ":", StringComparison.Ordinal)) + 1;
            found.Warning(
                CheckCodes.ProposalField, display, line, line > 0 ? 1 : 0,
                $"办理记录的 {key} 还没有填写。",
                $"填写{example}。");
        }
    }
}

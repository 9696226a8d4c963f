using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.Scaffolding;
using StaticArchive.Tables.Data;

namespace StaticArchive.Drafts;

/// <summary>
/// Decides whether a document is a draft and says so once per document (SA1023, a warning, the same in
/// <c>build</c>, <c>check</c> and <c>serve</c>), naming every reason so the editor knows what is left to do.
/// </summary>
internal static class DraftRule
{
    /// <summary>What the document's own text says: <c>draft: true</c> at <paramref name="markedAt"/>, and the 【待填写】 markers.</summary>
    public static DraftState FromText(string text, int? markedAt, bool inDraftAgency = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        var first = 0;
        var line = 1;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var lineText = end < 0 ? text.AsSpan(start) : text.AsSpan(start, end - start);
            var hits = Count(lineText);
            if (hits > 0 && first == 0)
            {
                first = line;
            }

            count += hits;
            if (end < 0)
            {
                break;
            }

            start = end + 1;
            line++;
        }

        return new DraftState(markedAt, count, first, [], inDraftAgency);
    }

    /// <summary>Adds the report tables of which not one cell is filled in (a report as <c>new</c> left it).</summary>
    public static DraftState WithReport(DraftState state, ReportTables? report)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (report is null)
        {
            return state;
        }

        var blank = report.Tables
            .Where(t => t.Figures().All(f => f.Cell.IsBlank))
            .Select(t => $"表{t.Schema.Number}")
            .ToList();
        return blank.Count == 0 ? state : state with { BlankTables = blank };
    }

    /// <summary>The one warning of a draft document: left out of the published site, and why.</summary>
    public static void Report(Document document, DraftState state, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var reasons = new List<string>();
        var fixes = new List<string>();
        if (state.MarkedAt is { } marked)
        {
            reasons.Add($"标为草稿（第 {marked} 行 draft: true）");
            fixes.Add("写完后删掉 draft: true 这一行");
        }

        if (state.Placeholders > 0)
        {
            reasons.Add($"还有 {state.Placeholders} 处{Placeholder.Marker}（第一处在第 {state.FirstPlaceholderLine} 行）");
            fixes.Add($"把每一处{Placeholder.Marker}换成实际内容");
        }

        if (state.BlankTables.Count > 0)
        {
            reasons.Add($"数据文件里{string.Join("、", state.BlankTables)}一格数字也没有填");
            fixes.Add("在数据文件里填上报告印的数字（原报告空白的格子保留 null）");
        }

        if (state.InDraftAgency)
        {
            reasons.Add($"所属机关的 _agency.yml 还有{Placeholder.Marker}");
            fixes.Add("填完机关文件 _agency.yml");
        }

        diagnostics.Warning(
            DiagnosticCodes.Draft, document.DisplayPath, state.Line, 1,
            $"这篇文档还是草稿，build 不会发布它（serve 预览时显示，带“草稿”标记）：{string.Join("；", reasons)}。",
            string.Join("；", fixes) + "，build 才会发布它。");
    }

    private static int Count(ReadOnlySpan<char> line)
    {
        var count = 0;
        var index = line.IndexOf(Placeholder.Marker, StringComparison.Ordinal);
        while (index >= 0)
        {
            count++;
            line = line[(index + Placeholder.Marker.Length)..];
            index = line.IndexOf(Placeholder.Marker, StringComparison.Ordinal);
        }

        return count;
    }
}

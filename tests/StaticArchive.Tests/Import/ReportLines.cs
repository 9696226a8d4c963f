using StaticArchive.Tables.Schema;

namespace StaticArchive.Tests.Import;

/// <summary>
/// A report laid out as printed lines of cells, from a corpus report's expected figures: the title, a preamble,
/// the six headings with a sentence each, and the three tables with the standard's labels. A PDF or Word file is
/// built from it in the round-trip tests; a table row is one line whose first cell is the label.
/// </summary>
internal static class ReportLines
{
    /// <summary>The lines; <see cref="Line.IsTable"/> marks the rows of table number 2, 3 or 4.</summary>
    public sealed record Line(IReadOnlyList<string> Cells, int Table = 0, bool InResults = false)
    {
        public bool IsTable => Table > 0;
    }

    public static List<Line> For(string title, Dictionary<string, string?> figures, FormatVersion version)
    {
        var lines = new List<Line>
        {
            new([title]),
            new(["本报告按照《中华人民共和国政府信息公开条例》要求编制。"]),
            new(["一、总体情况"]),
            new(["2023年，我局持续推进政府信息公开工作。"]),
            new(["二、主动公开政府信息情况"]),
        };
        string? group = null;
        foreach (var row in ReportSchemas.Get(version, "table2").Rows)
        {
            if (row.GroupLabel != group)
            {
                group = row.GroupLabel;
                lines.Add(new([group!], 2));
                lines.Add(new(["信息内容", .. row.Columns.Select(c => c.Label)], 2));
            }

            lines.Add(new([row.Label, .. row.Columns.Select(c => figures[$"table2.{row.Path}.{c.Key}"] ?? "")], 2));
        }

        lines.Add(new(["三、收到和处理政府信息公开申请情况"]));
        lines.Add(new(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"], 3));
        lines.Add(new(["自然人", "法人或其他组织", "总计"], 3));
        lines.Add(new(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"], 3));
        group = null;
        foreach (var row in ReportSchemas.Get(version, "table3").Rows)
        {
            if (row.GroupLabel is { } g && g != group)
            {
                lines.Add(new([g], 3, true));
            }

            group = row.GroupLabel;
            lines.Add(new([row.Label, .. row.Columns.Select(c => figures[$"table3.{row.Path}.{c.Key}"] ?? "")], 3, row.InResults));
        }

        lines.Add(new(["四、政府信息公开行政复议、行政诉讼情况"]));
        lines.Add(new(["行政复议", "行政诉讼"], 4));
        lines.Add(new(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"], 4));
        lines.Add(new(["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"], 4));
        lines.Add(new([.. ReportSchemas.Get(version, "table4").Rows.SelectMany(r => r.Columns.Select(c => figures[$"table4.{r.Path}.{c.Key}"] ?? ""))], 4));
        lines.Add(new(["五、存在的主要问题及改进情况"]));
        lines.Add(new(["一是政策解读有待加强。"]));
        lines.Add(new(["六、其他需要报告的事项"]));
        lines.Add(new(["无。"]));
        return lines;
    }
}

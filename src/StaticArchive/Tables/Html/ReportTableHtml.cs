using System.Globalization;
using System.Text;
using StaticArchive.Tables.Data;
using StaticArchive.Tables.Schema;
using StaticArchive.Theme;

namespace StaticArchive.Tables.Html;

/// <summary>
/// Renders a standard table as an accessible HTML table: a caption with section number, title, agency and
/// year; header cells with scope and id; every data cell with a <c>headers</c> list (WCAG H43); blank cells
/// announced as 未填报 (in the site's language); no inline styles. Output is deterministic.
/// </summary>
internal static class ReportTableHtml
{
    /// <summary>Renders table2, table3 or table4.</summary>
    public static string Render(StandardTable table, TableContext context)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(context);
        var id = context.IdPrefix + table.Schema.Name;
        var layout = ReportTableLayout.For(table.Schema, id, context.Words.Blank, table.Schema.Name switch
        {
            "table2" => Table2,
            "table3" => Table3,
            _ => Table4,
        });
        var sb = new StringBuilder(layout.Length + 1024);
        var caption = HtmlText.CaptionTitle(table.Schema.Heading, context.HeadingAbove)
            + $"<span class=\"caption-meta\">{HtmlText.Encode(UiFormat.Fill(context.Words.CaptionMeta, ("agency", context.AgencyName), ("year", context.Year.ToString(CultureInfo.InvariantCulture))))}</span>";
        IReadOnlyList<string> notes = table.Schema.Note is null ? [] : [table.Schema.Note];
        HtmlText.Open(sb, id, $"report-table report-{table.Schema.Name}", caption, notes.Count > 0);
        layout.Write(sb, table);
        HtmlText.Close(sb, id, notes);
        return sb.ToString();
    }

    private static void Table2(ReportTableLayout layout, TableSchema schema, string id)
    {
        var sb = layout.Html;
        foreach (var block in schema.Rows.GroupBy(r => r.GroupKey!))
        {
            var first = block.First();
            var g = $"{id}-g-{block.Key}";
            var stub = $"{g}-stub";
            sb.Append("<tbody>\n");
            sb.Append($"<tr><th id=\"{g}\" colspan=\"4\" scope=\"colgroup\" class=\"block\">{HtmlText.Encode(first.GroupLabel!)}</th></tr>\n");
            sb.Append($"<tr><th id=\"{stub}\" scope=\"col\">{ReportSchemas.Table2StubLabel}</th>");
            var columns = first.Columns;
            for (var i = 0; i < columns.Count; i++)
            {
                sb.Append($"<th id=\"{g}-c-{columns[i].Key}\" scope=\"col\"{HtmlText.Span("colspan", Width(columns.Count, i))}>{HtmlText.Encode(columns[i].Label)}</th>");
            }

            sb.Append("</tr>\n");
            foreach (var row in block)
            {
                var r = $"{id}-r-{HtmlText.IdPart(row.Path)}";
                sb.Append($"<tr><th id=\"{r}\" scope=\"row\" headers=\"{g} {stub}\">{HtmlText.Encode(row.Label)}</th>");
                for (var i = 0; i < columns.Count; i++)
                {
                    layout.Cell(schema, row.Path, columns[i].Key, $"{g} {r} {g}-c-{columns[i].Key}", Width(columns.Count, i));
                }

                sb.Append("</tr>\n");
            }

            sb.Append("</tbody>\n");
        }
    }

    // Table 二 is printed 4 columns wide: one value spans all three, two values leave the second spanning two.
    private static int Width(int count, int index) => count switch
    {
        1 => 3,
        2 when index == 1 => 2,
        _ => 1,
    };

    private static void Table3(ReportTableLayout layout, TableSchema schema, string id)
    {
        var sb = layout.Html;
        var columns = ReportSchemas.Table3Columns;
        var legal = columns.Where(c => c.GroupKey is not null).ToArray();
        var groupId = $"{id}-cg-{legal[0].GroupKey}";
        sb.Append("<thead>\n");
        sb.Append($"<tr><td class=\"corner\" colspan=\"3\" rowspan=\"3\"></td><th id=\"{id}-applicant\" colspan=\"7\" scope=\"colgroup\">{ReportSchemas.Table3ColumnGroupLabel}</th></tr>\n");
        sb.Append($"<tr><th id=\"{id}-c-{columns[0].Key}\" rowspan=\"2\" scope=\"col\">{columns[0].Label}</th>");
        sb.Append($"<th id=\"{groupId}\" colspan=\"{legal.Length}\" scope=\"colgroup\">{legal[0].GroupLabel}</th>");
        sb.Append($"<th id=\"{id}-c-{columns[^1].Key}\" rowspan=\"2\" scope=\"col\">{columns[^1].Label}</th></tr>\n<tr>");
        foreach (var c in legal)
        {
            sb.Append($"<th id=\"{id}-c-{c.Key}\" scope=\"col\">{c.Label}</th>");
        }

        sb.Append("</tr>\n</thead>\n<tbody>\n");
        var rows = schema.Rows;
        var resultCount = rows.Count(r => r.InResults);
        var resultsOpened = false;
        string? openGroup = null;
        foreach (var row in rows)
        {
            var r = $"{id}-r-{HtmlText.IdPart(row.Path)}";
            sb.Append("<tr>");
            var span = 3;
            if (row.InResults)
            {
                span = 2;
                if (!resultsOpened)
                {
                    resultsOpened = true;
                    sb.Append($"<th id=\"{id}-results\" rowspan=\"{resultCount}\" scope=\"rowgroup\" class=\"results\">{ReportSchemas.Table3ResultsLabel}</th>");
                }
            }

            string? rg = null;
            if (row.GroupKey is not null)
            {
                span = 1;
                rg = $"{id}-rg-{row.GroupKey}";
                if (openGroup != row.GroupKey)
                {
                    openGroup = row.GroupKey;
                    var size = rows.Count(x => x.GroupKey == row.GroupKey);
                    sb.Append($"<th id=\"{rg}\" rowspan=\"{size}\" scope=\"rowgroup\">{HtmlText.Encode(row.GroupLabel!)}</th>");
                }
            }

            // On a phone the group's stub scrolls away while the row label stays: its number (（三）) goes with the label, shown there only.
            var number = row.GroupLabel is { } g && g.IndexOf('）', StringComparison.Ordinal) is > 0 and var end
                ? $"<span class=\"stub-group\" aria-hidden=\"true\">{HtmlText.Encode(g[..(end + 1)])}</span>"
                : "";
            sb.Append($"<th id=\"{r}\"{HtmlText.Span("colspan", span)} scope=\"row\">{number}{HtmlText.Encode(row.Label)}</th>");
            var results = row.InResults ? $"{id}-results" : null;
            foreach (var c in columns)
            {
                // Outermost first, as a screen reader announces them: 三、本年度办理结果 · （三）… · 1.… · 申请人情况 · … · 商业企业.
                var headers = string.Join(' ', new[] { results, rg, r, $"{id}-applicant", c.GroupKey is null ? null : groupId, $"{id}-c-{c.Key}" }.OfType<string>());
                layout.Cell(schema, row.Path, c.Key, headers);
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n");
    }

    private static void Table4(ReportTableLayout layout, TableSchema schema, string id)
    {
        var sb = layout.Html;
        var rows = schema.Rows;
        var review = rows[0];
        var litigation = rows.Skip(1).ToArray();
        var litigationId = $"{id}-rg-{litigation[0].GroupKey}";
        sb.Append("<thead>\n<tr>");
        sb.Append($"<th id=\"{id}-r-{review.Path}\" colspan=\"{review.Columns.Count}\" scope=\"colgroup\">{HtmlText.Encode(review.Label)}</th>");
        sb.Append($"<th id=\"{litigationId}\" colspan=\"{litigation.Sum(r => r.Columns.Count)}\" scope=\"colgroup\">{HtmlText.Encode(litigation[0].GroupLabel!)}</th></tr>\n<tr>");
        foreach (var c in review.Columns)
        {
            sb.Append($"<th id=\"{id}-c-{review.Path}-{c.Key}\" rowspan=\"2\" scope=\"col\">{HtmlText.Encode(c.Label)}</th>");
        }

        foreach (var row in litigation)
        {
            sb.Append($"<th id=\"{id}-r-{row.Path}\" colspan=\"{row.Columns.Count}\" scope=\"colgroup\">{HtmlText.Encode(row.Label)}</th>");
        }

        sb.Append("</tr>\n<tr>");
        foreach (var row in litigation)
        {
            foreach (var c in row.Columns)
            {
                sb.Append($"<th id=\"{id}-c-{row.Path}-{c.Key}\" scope=\"col\">{HtmlText.Encode(c.Label)}</th>");
            }
        }

        sb.Append("</tr>\n</thead>\n<tbody>\n<tr>");
        foreach (var row in rows)
        {
            var groupHeader = row.GroupKey is null ? "" : litigationId + " ";
            foreach (var c in row.Columns)
            {
                layout.Cell(schema, row.Path, c.Key, $"{groupHeader}{id}-r-{row.Path} {id}-c-{row.Path}-{c.Key}");
            }
        }

        sb.Append("</tr>\n</tbody>\n");
    }
}

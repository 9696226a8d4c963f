using System.Globalization;
using System.Text;
using StaticArchive.Tables.Data;

namespace StaticArchive.Tables.Html;

/// <summary>Renders a generic table (from <c>tables:</c>) with the same accessibility rules as the standard ones.</summary>
internal static class GenericTableHtml
{
    /// <summary>Renders one generic table; ids start with the context's prefix and the table's name.</summary>
    public static string Render(GenericTable table, TableContext context)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(context);
        var id = context.IdPrefix + table.Name;
        var sb = new StringBuilder(4096);
        HtmlText.Open(sb, id, "data-table", HtmlText.CaptionTitle(table.Caption, context.HeadingAbove), table.Notes.Count > 0);
        var grouped = table.Columns.Any(c => c.Group is not null);
        var rowSpan = grouped ? 2 : 1;
        var stubId = $"{id}-stub";
        var columnHeaders = new string[table.Columns.Count];
        sb.Append("<thead>\n<tr>");
        sb.Append(table.StubLabel is null
            ? $"<td class=\"corner\"{HtmlText.Span("rowspan", rowSpan)}></td>"
            : $"<th id=\"{stubId}\" scope=\"col\"{HtmlText.Span("rowspan", rowSpan)}>{HtmlText.Encode(table.StubLabel)}</th>");
        var groupNumber = 0;
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var column = table.Columns[i];
            var colId = $"{id}-c{N(i + 1)}";
            if (column.Group is null)
            {
                columnHeaders[i] = colId;
                sb.Append($"<th id=\"{colId}\" scope=\"col\"{HtmlText.Span("rowspan", rowSpan)}>{HtmlText.Encode(column.Label)}</th>");
                continue;
            }

            // A group is a run of adjacent columns with the same group label.
            var start = i;
            while (i + 1 < table.Columns.Count && table.Columns[i + 1].Group == column.Group)
            {
                i++;
            }

            var groupId = $"{id}-g{N(++groupNumber)}";
            for (var j = start; j <= i; j++)
            {
                columnHeaders[j] = $"{groupId} {id}-c{N(j + 1)}";
            }

            sb.Append($"<th id=\"{groupId}\" scope=\"colgroup\"{HtmlText.Span("colspan", i - start + 1)}>{HtmlText.Encode(column.Group)}</th>");
        }

        sb.Append("</tr>\n");
        if (grouped)
        {
            sb.Append("<tr>");
            for (var i = 0; i < table.Columns.Count; i++)
            {
                if (table.Columns[i].Group is not null)
                {
                    sb.Append($"<th id=\"{id}-c{N(i + 1)}\" scope=\"col\">{HtmlText.Encode(table.Columns[i].Label)}</th>");
                }
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</thead>\n<tbody>\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            var rowId = $"{id}-r{N(r + 1)}";
            sb.Append($"<tr><th id=\"{rowId}\" scope=\"row\">{HtmlText.Encode(row.Header)}</th>");
            for (var i = 0; i < row.Cells.Count; i++)
            {
                var headers = i < columnHeaders.Length ? $"{rowId} {columnHeaders[i]}" : rowId;
                var printed = row.Cells[i].Printed;
                HtmlText.Cell(sb, printed, headers, context.Words.Blank, numeric: printed is null || IsNumber(printed));
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n");
        HtmlText.Close(sb, id, table.Notes);
        return sb.ToString();
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);

    // Figures align right; text cells keep the reading direction.
    private static bool IsNumber(string text) =>
        decimal.TryParse(text.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out _);
}

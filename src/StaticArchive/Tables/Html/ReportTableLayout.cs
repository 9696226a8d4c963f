using System.Collections.Concurrent;
using System.Text;
using StaticArchive.Tables.Data;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Tables.Html;

/// <summary>
/// The HTML of a standard table with holes where its figures go. Everything but the figures (headers, ids,
/// <c>headers</c> lists) depends only on the schema and the id prefix, so it is written once per build and
/// every report replays it with its own figures instead of building a few hundred attribute strings again.
/// </summary>
internal sealed class ReportTableLayout
{
    private static readonly ConcurrentDictionary<(TableSchema Schema, string Id, string Blank), ReportTableLayout> Cache = new();

    private readonly List<string> _literals = [];
    private readonly List<Slot> _slots = [];
    private readonly StringBuilder _pending = new();

    private readonly string _blankText;

    private ReportTableLayout(string blank) => _blankText = HtmlText.BlankText(blank);

    /// <summary>
    /// The layout of a schema's table whose ids start with <paramref name="id"/> and whose blank cells read
    /// <paramref name="blank"/>, made on first use.
    /// </summary>
    public static ReportTableLayout For(TableSchema schema, string id, string blank, Action<ReportTableLayout, TableSchema, string> write) =>
        Cache.GetOrAdd((schema, id, blank), key =>
        {
            var layout = new ReportTableLayout(key.Blank);
            write(layout, key.Schema, key.Id);
            layout._literals.Add(layout._pending.ToString());
            layout._pending.Clear();
            layout.Length = layout._literals.Sum(l => l.Length) + layout._slots.Sum(s => s.Open.Length + 16);
            return layout;
        });

    /// <summary>About how many characters the table takes with short figures: a size for the builder it goes into.</summary>
    public int Length { get; private set; }

    /// <summary>Literal HTML, collected while the layout is written.</summary>
    public StringBuilder Html => _pending;

    /// <summary>A hole for the figure at a row path and column key, with its <c>headers</c> list and width.</summary>
    public void Cell(TableSchema schema, string row, string column, string headers, int colspan = 1)
    {
        _literals.Add(_pending.ToString());
        _pending.Clear();
        var attributes = $" headers=\"{HtmlText.Encode(headers)}\"{HtmlText.Span("colspan", colspan)}>";
        _slots.Add(new Slot(schema.Cells.Of(row, column), "<td class=\"num\"" + attributes,
            "<td class=\"num blank\"" + attributes + _blankText + "</td>"));
    }

    /// <summary>Writes the layout with a table's figures in its holes.</summary>
    public void Write(StringBuilder sb, StandardTable table)
    {
        for (var i = 0; i < _slots.Count; i++)
        {
            sb.Append(_literals[i]);
            var slot = _slots[i];
            if (table.PrintedAt(slot.Index) is { } printed)
            {
                sb.Append(slot.Open).Append(HtmlText.Encode(printed)).Append("</td>");
            }
            else
            {
                sb.Append(slot.Blank);
            }
        }

        sb.Append(_literals[^1]);
    }

    private sealed record Slot(int Index, string Open, string Blank);
}

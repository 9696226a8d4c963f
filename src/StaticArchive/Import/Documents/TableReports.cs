using StaticArchive.Import.Reporting;
using StaticArchive.Import.Tables;

namespace StaticArchive.Import.Documents;

/// <summary>Turns an imported table into what the report tells the editor about it.</summary>
internal static class TableReports
{
    public static TableReport Of(ImportedTable table)
    {
        var ambiguous = table.Cells.Where(c => c.Figure.Status == FigureStatus.Ambiguous)
            .Select(c => new AmbiguousFigure($"{table.Schema.Name}.{c.Row.Path}.{c.Column.Key}", $"{c.Row.FullLabel} / {c.Column.Label}", c.Figure.Candidates))
            .ToList();
        var missing = table.Present
            ? table.Schema.Rows.Where(r => r.Columns.All(c => table[r.Path, c.Key].Status == FigureStatus.NotPrinted)).Select(r => r.FullLabel).ToList()
            : [];
        var notes = table.Notes.Concat(table.Cells.Where(c => c.Figure.PrintedAs is not null)
            .Select(c => $"“{c.Row.FullLabel} / {c.Column.Label}”印为“{c.Figure.PrintedAs}”，按空白（null）导入。")).Distinct().ToList();
        return new TableReport(table.Schema.Name, table.Schema.Heading, table.Present, table.Count(FigureStatus.Found), table.Count(FigureStatus.Blank),
            table.Count(FigureStatus.NotPrinted), table.Total, ambiguous, missing, notes);
    }
}

using StaticArchive.Core;
using StaticArchive.Tables.Schema;

namespace StaticArchive.OpenData;

/// <summary>
/// The data dictionary (<c>data/fields.csv</c>): every column of the archive dataset once, with its machine name,
/// its title, what it holds and, for a figure, the table, row and column it is printed in and the formats that have it.
/// </summary>
internal static class DataDictionary
{
    /// <summary>Where the file goes, relative to the output root.</summary>
    public const string Path = "data/fields.csv";

    /// <summary>The dictionary's own columns, by machine name.</summary>
    public static IReadOnlyList<string> Fields { get; } = ["name", "title", "kind", "table", "row", "column", "formats", "note"];

    /// <summary>Builds the file.</summary>
    public static OutputFile Build(ArchiveTable table, DatasetWords words)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(words);
        var header = Fields.Select(f => words["dict_" + f]).ToArray();
        return new OutputFile(Path, OpenDataFormat.Csv(header, writer =>
        {
            foreach (var column in table.Columns)
            {
                var f = column.Figure;
                string?[] cells =
                [
                    column.Name, column.Title, Kind(column), f is null ? null : "表" + f.TableNumber, f?.Row, f?.Column,
                    f is null ? null : string.Join(' ', f.Formats.Select(v => v.Key())),
                    f is null ? words.Note(column.Name) : words["note_figure"],
                ];
                for (var i = 0; i < cells.Length; i++)
                {
                    OpenDataFormat.Field(writer, cells[i], first: i == 0);
                }

                OpenDataFormat.EndRow(writer);
            }
        }));
    }

    /// <summary>The CSVW datatype of a column: <c>string</c>, <c>boolean</c>, <c>integer</c> or, for counts, <c>nonNegativeInteger</c>.</summary>
    public static string Kind(DatasetColumn column)
    {
        ArgumentNullException.ThrowIfNull(column);
        return column switch
        {
            { Kind: ColumnKind.Boolean } => "boolean",
            { Figure.Type: CellType.Count } => "nonNegativeInteger",
            { Kind: ColumnKind.Integer } => "integer",
            _ => "string",
        };
    }
}

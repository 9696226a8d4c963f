using StaticArchive.Tables;
using StaticArchive.Tables.Schema;

namespace StaticArchive.OpenData;

/// <summary>
/// The figure columns of the archive dataset: every cell of the standard tables of every format once, in printed
/// order (the 2021 format's cells first, then the 2019 format's own), and where each report's figures go among them.
/// </summary>
internal static class FigureLayout
{
    private static readonly FormatVersion[] Versions = [FormatVersion.Gb2021, FormatVersion.Gb2019];
    private static readonly Dictionary<FormatVersion, int[]> Positions = [];

    /// <summary>The figure columns, in order.</summary>
    public static IReadOnlyList<FigureColumn> Columns { get; } = Build();

    /// <summary>
    /// For a report of <paramref name="version"/>: the column of each of its figures, in the order the report's
    /// tables print them (table by table, row by row, column by column).
    /// </summary>
    public static IReadOnlyList<int> PositionsOf(FormatVersion version) => Positions[version];

    /// <summary>A report's figures as printed (null for a blank cell), one per column of <see cref="Columns"/>.</summary>
    public static string?[] Values(ReportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var values = new string?[Columns.Count];
        var positions = Positions[entry.Report.Version];
        var n = 0;
        foreach (var table in entry.Report.Tables)
        {
            for (var i = 0; i < table.Schema.Cells.Count; i++)
            {
                values[positions[n++]] = table.PrintedAt(i);
            }
        }

        return values;
    }

    private static List<FigureColumn> Build()
    {
        var columns = new List<FigureColumn>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var formats = new Dictionary<string, List<FormatVersion>>(StringComparer.Ordinal);
        foreach (var version in Versions)
        {
            var positions = new List<int>();
            foreach (var table in ReportSchemas.All(version))
            {
                // Where the 2019 format adds a figure, it goes after the last figure of its table seen so far.
                var last = columns.FindLastIndex(c => c.Table == table.Name);
                var insertAt = last < 0 ? columns.Count : last + 1;
                foreach (var row in table.Rows)
                {
                    foreach (var column in row.Columns)
                    {
                        var key = $"{table.Name}.{row.Path}.{column.Key}";
                        if (!index.ContainsKey(key))
                        {
                            formats[key] = [];
                            columns.Insert(insertAt, new FigureColumn(key, table.Name, table.Number, row.FullLabel, column.Label, column.Type, formats[key]));
                            Reindex(columns, index);
                        }

                        insertAt = index[key] + 1;
                        formats[key].Add(version);
                        positions.Add(index[key]);
                    }
                }
            }

            Positions[version] = [.. positions];
        }

        // Positions taken before a later insertion moved the columns are looked up again by key.
        foreach (var version in Versions)
        {
            var keys = ReportSchemas.All(version).SelectMany(t => t.Rows.SelectMany(r => r.Columns.Select(c => $"{t.Name}.{r.Path}.{c.Key}")));
            Positions[version] = [.. keys.Select(k => index[k])];
        }

        return columns;
    }

    private static void Reindex(List<FigureColumn> columns, Dictionary<string, int> index)
    {
        index.Clear();
        for (var i = 0; i < columns.Count; i++)
        {
            index[columns[i].Key] = i;
        }
    }
}

using System.Globalization;
using StaticArchive.Core;

namespace StaticArchive.OpenData;

/// <summary>
/// The archive dataset as CSV, one file a year (<c>data/figures-2023.csv</c>): a row per report, a column per
/// figure, titled in Chinese. A year stays small enough for Excel and for any host's file-size limit however
/// large the archive grows.
/// </summary>
internal static class YearFiles
{
    /// <summary>The path of one year's file, relative to the output root.</summary>
    public static string PathOf(int year) => $"data/figures-{year.ToString(CultureInfo.InvariantCulture)}.csv";

    /// <summary>One file per year that has reports, each written a row at a time.</summary>
    public static IEnumerable<OutputFile> Build(ArchiveTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var header = table.Columns.Select(c => c.Title).ToArray();
        foreach (var year in table.Years)
        {
            yield return OutputFile.Streamed(PathOf(year), stream => OpenDataFormat.WriteCsv(stream, header, writer =>
            {
                foreach (var entry in table.Of(year))
                {
                    var row = table.Row(entry);
                    for (var i = 0; i < row.Length; i++)
                    {
                        OpenDataFormat.Field(writer, row[i], first: i == 0);
                    }

                    OpenDataFormat.EndRow(writer);
                }
            }));
        }
    }
}

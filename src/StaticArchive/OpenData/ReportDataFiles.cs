using StaticArchive.Core;
using StaticArchive.Tables;
using StaticArchive.Tables.Schema;

namespace StaticArchive.OpenData;

/// <summary>The figures of one report as <c>figures.csv</c> and <c>figures.json</c>, next to the report's page.</summary>
public static class ReportDataFiles
{
    /// <summary>The CSV's column names.</summary>
    public static IReadOnlyList<string> CsvFields { get; } = ["table", "row_key", "row_label", "column_key", "column_label", "value"];

    /// <summary>Builds <c>&lt;PageUrl&gt;figures.csv</c> and <c>&lt;PageUrl&gt;figures.json</c>.</summary>
    /// <remarks>Both are derived from the entry alone, so a rebuild in which the report did not change keeps them as they are.</remarks>
    public static IReadOnlyList<OutputFile> Build(ReportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var folder = entry.PageUrl.Length == 0 || entry.PageUrl.EndsWith('/') ? entry.PageUrl : entry.PageUrl + "/";
        var figures = new Lazy<Figure[]>(() => [.. Figure.Of(entry)]);
        return
        [
            OutputFile.Derived(folder + "figures.csv", entry, () => OpenDataFormat.Csv(CsvFields, writer =>
            {
                foreach (var f in figures.Value)
                {
                    WriteCellFields(writer, f, first: true);
                    OpenDataFormat.EndRow(writer);
                }
            })),
            OutputFile.Derived(folder + "figures.json", entry, () => Json(entry, figures.Value)),
        ];
    }

    /// <summary>
    /// The CSV fields that place a figure in its report (<see cref="CsvFields"/>: table to value). The archive
    /// dataset writes the same fields after agency and year, so both files quote and order them alike.
    /// </summary>
    internal static void WriteCellFields(TextWriter writer, Figure f, bool first)
    {
        OpenDataFormat.Field(writer, f.Table, first);
        OpenDataFormat.Field(writer, f.RowKey);
        OpenDataFormat.Field(writer, f.RowLabel);
        OpenDataFormat.Field(writer, f.ColumnKey);
        OpenDataFormat.Field(writer, f.ColumnLabel);
        OpenDataFormat.Field(writer, f.Value);
    }

    private static byte[] Json(ReportEntry entry, Figure[] figures) => OpenDataFormat.Json(indented: true, w =>
    {
        w.WriteStartObject();
        w.WriteString("agency", entry.AgencySlug);
        w.WriteString("agency_name", entry.AgencyName);
        w.WriteNumber("year", entry.Year);
        w.WriteString("format_version", entry.Report.Version.Key());
        w.WriteStartObject("tables");
        foreach (var table in figures.GroupBy(f => f.Table))
        {
            w.WriteStartObject(table.Key);
            w.WriteString("heading", entry.Report.Get(table.Key)!.Schema.Heading);
            w.WriteStartArray("rows");
            foreach (var row in table.GroupBy(f => f.RowKey))
            {
                w.WriteStartObject();
                w.WriteString("key", row.Key);
                w.WriteString("label", row.First().RowLabel);
                w.WriteStartObject("values");
                foreach (var f in row)
                {
                    w.WritePropertyName(f.ColumnKey);
                    OpenDataFormat.WriteValue(w, f.Type, f.Value);
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    });
}

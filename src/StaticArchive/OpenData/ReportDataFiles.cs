using StaticArchive.Core;
using StaticArchive.Tables;
using StaticArchive.Tables.Schema;

namespace StaticArchive.OpenData;

/// <summary>The figures of one report as <c>figures.csv</c> and <c>figures.json</c>, next to the report's page.</summary>
public static class ReportDataFiles
{
    /// <summary>The CSV's column names: whether the report is a sample and where it was published, then the cell.</summary>
    public static IReadOnlyList<string> CsvFields { get; } = ["sample", "source_url", "table", "row_key", "row_label", "column_key", "column_label", "value"];

    /// <summary>Builds <c>&lt;PageUrl&gt;figures.csv</c> and <c>&lt;PageUrl&gt;figures.json</c>.</summary>
    /// <remarks>Both are derived from the entry alone, so a rebuild in which the report did not change keeps them as they are.</remarks>
    public static IReadOnlyList<OutputFile> Build(ReportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var folder = entry.PageUrl.Length == 0 || entry.PageUrl.EndsWith('/') ? entry.PageUrl : entry.PageUrl + "/";
        return
        [
            OutputFile.Derived(folder + "figures.csv", entry, () => OpenDataFormat.Csv(CsvFields, writer =>
            {
                foreach (var f in Figure.Of(entry))
                {
                    WriteReportFields(writer, entry, first: true);
                    WriteCellFields(writer, f, first: false);
                    OpenDataFormat.EndRow(writer);
                }
            })),
            OutputFile.Derived(folder + "figures.json", entry, () => Json(entry)),
        ];
    }

    /// <summary>The CSV fields that say which kind of report a figure is from: <c>sample</c> (true/false) and <c>source_url</c>.</summary>
    internal static void WriteReportFields(TextWriter writer, ReportEntry entry, bool first)
    {
        OpenDataFormat.Field(writer, entry.Sample ? "true" : "false", first);
        OpenDataFormat.Field(writer, entry.SourceUrl);
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

    // Tables, rows and columns straight from the schema, the figures by position as Figure.Of reads them, so no
    // report's figures are copied into groups first.
    private static byte[] Json(ReportEntry entry) => OpenDataFormat.Json(indented: true, w =>
    {
        w.WriteStartObject();
        w.WriteString("agency", entry.AgencySlug);
        w.WriteString("agency_name", entry.AgencyName);
        w.WriteNumber("year", entry.Year);
        w.WriteString("format_version", entry.Report.Version.Key());
        w.WriteBoolean("sample", entry.Sample);
        w.WriteString("source_url", entry.SourceUrl);
        w.WriteStartObject("tables");
        foreach (var table in entry.Report.Tables)
        {
            w.WriteStartObject(table.Schema.Name);
            w.WriteString("heading", table.Schema.Heading);
            w.WriteStartArray("rows");
            var i = 0;
            foreach (var row in table.Schema.Rows)
            {
                w.WriteStartObject();
                w.WriteString("key", row.Path);
                w.WriteString("label", row.FullLabel);
                w.WriteStartObject("values");
                foreach (var column in row.Columns)
                {
                    w.WritePropertyName(column.Key);
                    OpenDataFormat.WriteValue(w, column.Type, table.PrintedAt(i++));
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

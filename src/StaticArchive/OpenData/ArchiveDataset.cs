using System.Globalization;
using System.Text;
using System.Text.Json;
using StaticArchive.Core;
using StaticArchive.Tables;

namespace StaticArchive.OpenData;

/// <summary>
/// The archive-wide open dataset: every figure of every report in long format, as <c>data/figures.csv</c> and
/// <c>data/figures.json</c>, plus the schema.org Dataset description for the /data/ page.
/// </summary>
public static class ArchiveDataset
{
    /// <summary>Where the files go, relative to the output root.</summary>
    public const string CsvPath = "data/figures.csv";

    /// <summary>Where the JSON goes, relative to the output root.</summary>
    public const string JsonPath = "data/figures.json";

    /// <summary>
    /// The two files, one row per figure, ordered by agency, year, table, row and column. They are streamed: at
    /// 100,000 documents they hold millions of rows, so rows are produced while the file is written.
    /// </summary>
    public static IReadOnlyList<OutputFile> Build(IReadOnlyList<ReportEntry> all)
    {
        var ordered = Ordered(all);
        return
        [
            OutputFile.Streamed(CsvPath, stream => OpenDataFormat.WriteCsv(stream, Figure.Fields, writer => WriteCsvRows(writer, ordered))),
            OutputFile.Streamed(JsonPath, stream => WriteJson(stream, ordered)),
        ];
    }

    // Field by field rather than a row array per figure: the dataset has about a hundred rows per report.
    private static void WriteCsvRows(TextWriter writer, IReadOnlyList<ReportEntry> ordered)
    {
        foreach (var entry in ordered)
        {
            var year = entry.Year.ToString(CultureInfo.InvariantCulture);
            foreach (var f in Figure.Of(entry))
            {
                OpenDataFormat.Field(writer, f.Agency, first: true);
                OpenDataFormat.Field(writer, f.AgencyName);
                OpenDataFormat.Field(writer, year);
                ReportDataFiles.WriteReportFields(writer, entry, first: false);
                ReportDataFiles.WriteCellFields(writer, f, first: false);
                OpenDataFormat.EndRow(writer);
            }
        }
    }

    private static void WriteJson(Stream stream, IReadOnlyList<ReportEntry> ordered)
    {
        using (var w = new Utf8JsonWriter(stream, OpenDataFormat.JsonOptions(indented: false)))
        {
            w.WriteStartArray();
            foreach (var (entry, f) in ordered.SelectMany(e => Figure.Of(e).Select(f => (e, f))))
            {
                w.WriteStartObject();
                w.WriteString("agency", f.Agency);
                w.WriteString("agency_name", f.AgencyName);
                w.WriteNumber("year", f.Year);
                w.WriteBoolean("sample", entry.Sample);
                w.WriteString("source_url", entry.SourceUrl);
                w.WriteString("table", f.Table);
                w.WriteString("row_key", f.RowKey);
                w.WriteString("row_label", f.RowLabel);
                w.WriteString("column_key", f.ColumnKey);
                w.WriteString("column_label", f.ColumnLabel);
                w.WritePropertyName("value");
                OpenDataFormat.WriteValue(w, f.Type, f.Value);
                w.WriteEndObject();

                // Hand each block to the stream instead of letting the writer's buffer grow with the file.
                if (w.BytesPending > 1 << 16)
                {
                    w.Flush();
                }
            }

            w.WriteEndArray();
        }

        stream.WriteByte((byte)'\n');
    }

    private static IReadOnlyList<ReportEntry> Ordered(IReadOnlyList<ReportEntry> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        return [.. all.OrderBy(e => e.AgencySlug, StringComparer.Ordinal).ThenBy(e => e.Year)];
    }

    /// <summary>
    /// A schema.org <c>Dataset</c> as JSON-LD for the /data/ page (safe to put inside a
    /// <c>&lt;script type="application/ld+json"&gt;</c>: &lt; and &gt; are escaped).
    /// </summary>
    /// <param name="siteTitle">The archive's name, used as the publisher.</param>
    /// <param name="siteUrl">The site's absolute base URL with a trailing slash, e.g. <c>https://example.gov.cn/</c>.</param>
    /// <param name="all">The reports in the dataset.</param>
    /// <param name="text">The dataset's name, description and keywords in the site's language.</param>
    public static string JsonLd(string siteTitle, string siteUrl, IReadOnlyList<ReportEntry> all, DatasetText text)
    {
        ArgumentNullException.ThrowIfNull(siteTitle);
        ArgumentNullException.ThrowIfNull(siteUrl);
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(text);
        var years = all.Select(e => e.Year).DefaultIfEmpty().ToArray();
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, OpenDataFormat.JsonOptions(indented: true)))
        {
            w.WriteStartObject();
            w.WriteString("@context", "https://schema.org");
            w.WriteString("@type", "Dataset");
            w.WriteString("name", text.Name);
            w.WriteString("description", text.Description);
            w.WriteString("url", siteUrl + "data/");
            // The figures' labels are the standard's Chinese wording whatever language the site is in.
            w.WriteString("inLanguage", "zh-CN");
            w.WriteBoolean("isAccessibleForFree", true);
            w.WriteStartArray("keywords");
            foreach (var k in text.Keywords)
            {
                w.WriteStringValue(k);
            }

            w.WriteEndArray();
            w.WriteString("temporalCoverage", $"{years.Min().ToString(CultureInfo.InvariantCulture)}/{years.Max().ToString(CultureInfo.InvariantCulture)}");
            w.WriteStartObject("creator");
            w.WriteString("@type", "Organization");
            w.WriteString("name", siteTitle);
            w.WriteString("url", siteUrl);
            w.WriteEndObject();
            w.WriteStartArray("distribution");
            Download(w, siteUrl + CsvPath, "text/csv");
            Download(w, siteUrl + JsonPath, "application/json");
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Download(Utf8JsonWriter w, string url, string format)
    {
        w.WriteStartObject();
        w.WriteString("@type", "DataDownload");
        w.WriteString("encodingFormat", format);
        w.WriteString("contentUrl", url);
        w.WriteEndObject();
    }
}

using System.Globalization;
using System.Text;
using System.Text.Json;
using StaticArchive.Core;
using StaticArchive.Tables;

namespace StaticArchive.OpenData;

/// <summary>
/// The archive-wide open dataset, a row per report and a column per figure: <c>data/figures.parquet</c> for
/// programs, a CSV per year titled in Chinese for spreadsheets, the data dictionary and the CSVW description that
/// pairs titles with machine names; plus the schema.org Dataset description for the /data/ page.
/// </summary>
internal static class ArchiveDataset
{
    /// <summary>The files of the dataset under <c>data/</c>.</summary>
    public static IReadOnlyList<OutputFile> Build(ArchiveTable table, DatasetWords words, DatasetText text, string language)
    {
        ArgumentNullException.ThrowIfNull(table);
        return
        [
            OutputFile.Streamed(ParquetDataset.Path, stream => ParquetDataset.Write(stream, table)),
            .. YearFiles.Build(table),
            DataDictionary.Build(table, words),
            CsvwMetadata.Build(table, words, text, language),
        ];
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
        var years = all.Select(e => e.Year).ToArray();
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
            w.WriteString("temporalCoverage", years.Length == 0 ? "" : $"{years.Min().ToString(CultureInfo.InvariantCulture)}/{years.Max().ToString(CultureInfo.InvariantCulture)}");
            w.WriteStartObject("creator");
            w.WriteString("@type", "Organization");
            w.WriteString("name", siteTitle);
            w.WriteString("url", siteUrl);
            w.WriteEndObject();
            w.WriteStartArray("distribution");
            Download(w, siteUrl + ParquetDataset.Path, "application/vnd.apache.parquet");
            foreach (var year in years.Distinct().Order())
            {
                Download(w, siteUrl + YearFiles.PathOf(year), "text/csv");
            }

            Download(w, siteUrl + CsvwMetadata.Path, "application/csvm+json");
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

using System.Globalization;
using StaticArchive.Core;
using StaticArchive.Tables;
using StaticArchive.Tables.Schema;

namespace StaticArchive.OpenData;

/// <summary>
/// Each agency's figures as one CSV beside its page (<c>linzi-gxj/figures.csv</c>): a row per figure, labelled as
/// printed, and a column per report, so a year's report reads like its tables and the years sit side by side.
/// The report pages link here: one file per agency rather than two per report.
/// </summary>
internal static class AgencyFiles
{
    /// <summary>The rows about the report that come before the figures, by machine name.</summary>
    public static IReadOnlyList<string> ReportRows { get; } = ["agency_name", "format_version", "sample", "source_url", "url"];

    /// <summary>The path of an agency's file, relative to the output root.</summary>
    public static string PathOf(string agencySlug) => agencySlug + "/figures.csv";

    /// <summary>One file per agency that has reports.</summary>
    /// <remarks>Each is derived from the agency's reports and the words alone, so a rebuild in which they did not change keeps it.</remarks>
    public static IEnumerable<OutputFile> Build(IReadOnlyList<ReportEntry> reports, DatasetWords words, Func<ReportEntry, string> pageUrl)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(pageUrl);
        foreach (var agency in reports.GroupBy(r => r.AgencySlug, StringComparer.Ordinal))
        {
            ReportEntry[] entries = [.. agency.OrderBy(r => r.Year).ThenBy(r => r.PageUrl, StringComparer.Ordinal)];
            var urls = entries.Select(pageUrl).ToArray();
            var header = Header(entries, words);
            var rowTitles = ReportRows.Select(words.Field).ToArray();
            yield return OutputFile.Derived(PathOf(agency.Key), new Inputs(entries, [.. header, .. rowTitles, .. urls]),
                () => Csv(entries, urls, header, rowTitles));
        }
    }

    private static string[] Header(ReportEntry[] entries, DatasetWords words)
    {
        // Two reports of one year (a correction published beside the original) get the second's page name too.
        var seen = entries.GroupBy(e => e.Year).ToDictionary(g => g.Key, g => g.Count());
        return
        [
            words["agency_key"], words["agency_table"], words["agency_row"], words["agency_column"],
            .. entries.Select(e =>
            {
                var year = words["agency_year"].Replace("{year}", e.Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                return seen[e.Year] == 1 ? year : $"{year} {e.PageUrl.TrimEnd('/').Split('/')[^1]}";
            }),
        ];
    }

    private static byte[] Csv(ReportEntry[] entries, string[] urls, string[] header, string[] rowTitles) => OpenDataFormat.Csv(header, writer =>
    {
        for (var r = 0; r < ReportRows.Count; r++)
        {
            var name = ReportRows[r];
            Row(writer, name, null, rowTitles[r], null, entries.Select((e, i) => name switch
            {
                "agency_name" => e.AgencyName,
                "format_version" => e.Report.Version.Key(),
                "sample" => e.Sample ? "true" : "false",
                "source_url" => e.SourceUrl,
                _ => urls[i],
            }));
        }

        var figures = entries.Select(FigureLayout.Values).ToArray();
        var formats = entries.Select(e => e.Report.Version).Distinct().ToArray();
        for (var c = 0; c < FigureLayout.Columns.Count; c++)
        {
            var f = FigureLayout.Columns[c];
            if (f.Formats.Any(formats.Contains))
            {
                Row(writer, f.Key, "表" + f.TableNumber, f.Row, f.Column, figures.Select(values => values[c]));
            }
        }
    });

    private static void Row(TextWriter writer, string key, string? table, string row, string? column, IEnumerable<string?> values)
    {
        OpenDataFormat.Field(writer, key, first: true);
        OpenDataFormat.Field(writer, table);
        OpenDataFormat.Field(writer, row);
        OpenDataFormat.Field(writer, column);
        foreach (var value in values)
        {
            OpenDataFormat.Field(writer, value);
        }

        OpenDataFormat.EndRow(writer);
    }

    // Equal when made from equal reports with the same words and addresses.
    private sealed record Inputs(ReportEntry[] Entries, string[] Words)
    {
        public bool Equals(Inputs? other) => other is not null && Entries.SequenceEqual(other.Entries) && Words.SequenceEqual(other.Words, StringComparer.Ordinal);

        public override int GetHashCode() => Entries.Length;
    }
}

using System.Globalization;
using StaticArchive.Build;
using StaticArchive.Charts;
using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.Pages;
using StaticArchive.Tables.Rules;
using StaticArchive.Theme;
using StaticArchive.Theme.Models;

namespace StaticArchive.OpenData;

/// <summary>
/// Open data: each report's figures as CSV and JSON beside its page, the archive-wide dataset and the
/// /data/ page that describes it (schema.org Dataset, a chart of totals per year), and the cross-year
/// checks (W1, W2) that need every report of an agency.
/// </summary>
internal sealed class OpenDataFeature : IArchiveFeature
{
    /// <inheritdoc/>
    public void Observe(TransformedDocument document, AggregateContext context)
    {
    }

    /// <inheritdoc/>
    public IEnumerable<PageSpec> Pages(AggregateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var views = context.Views;
        var reports = context.Archive.Reports;
        var real = reports.Where(r => !r.Sample).ToList();
        var site = context.Urls.Origin is null ? context.Urls.BasePath : context.Urls.Absolute("");
        var strings = views.Strings;
        var text = Text(context);
        var sampleAgencies = reports.Where(r => r.Sample).Select(r => r.AgencySlug).Distinct()
            .Select(slug => new LinkView(context.Archive.AgencyBySlug[slug].Name, context.Urls.Path(slug + "/"))).ToList();

        // Invented figures are never added to real ones: the chart is of the real reports alone.
        var model = new DataModel(
            context.Urls.Path(ParquetDataset.Path),
            [.. reports.Select(r => r.Year).Distinct().Order().Select(y => new LinkView(Year(y), context.Urls.Path(YearFiles.PathOf(y))))],
            context.Urls.Path(DataDictionary.Path), context.Urls.Path(CsvwMetadata.Path), reports.Count,
            ArchiveDataset.JsonLd(context.Archive.Settings.Title, site, reports, text),
            real.Count == 0 ? null : ApplicationsChart.Layout(ApplicationsChart.Series(real), "data-", countsAgencies: true),
            real.Count, sampleAgencies);
        yield return new PageSpec("data/index.html", "data", views.Page("data", strings["data_heading"], "data/", [views.Home]), model);
    }

    /// <inheritdoc/>
    public IEnumerable<OutputFile> Files(AggregateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reports = context.Archive.Reports;
        foreach (var agency in reports.GroupBy(r => r.AgencySlug))
        {
            foreach (var warning in CrossYearRules.Check([.. agency]))
            {
                context.Diagnostics.Add(warning);
            }
        }

        var words = DatasetWords.From(context.Views.Strings);
        var table = new ArchiveTable(reports, words.Field, PageUrl);
        return AgencyFiles.Build(reports, words, PageUrl)
            .Concat(ArchiveDataset.Build(table, words, Text(context), context.Archive.Settings.Language));

        string PageUrl(Tables.ReportEntry entry) => context.Urls.Absolute(entry.PageUrl);
    }

    private static DatasetText Text(AggregateContext context)
    {
        var reports = context.Archive.Reports;
        var strings = context.Views.Strings;
        var samples = reports.Count(r => r.Sample);
        var description = UiFormat.Fill(strings["dataset_description"],
            ("agencies", N(reports.Select(e => e.AgencySlug).Distinct().Count())), ("reports", N(reports.Count)));
        return new DatasetText(
            UiFormat.Fill(strings["dataset_name"], ("site", context.Archive.Settings.Title)),
            samples == 0 ? description : description + UiFormat.Fill(strings["dataset_sample_note"], ("n", N(samples))),
            [.. strings["dataset_keywords"].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}

using StaticArchive.Build;
using StaticArchive.Charts;
using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.Pages;
using StaticArchive.Tables.Rules;
using StaticArchive.Theme.Models;

namespace StaticArchive.OpenData;

/// <summary>
/// Open data: each report's figures as CSV and JSON beside its page, the archive-wide dataset and the
/// /data/ page that describes it (schema.org Dataset, a chart of totals per year), and the cross-year
/// checks (W1, W2) that need every report of an agency.
/// </summary>
public sealed class OpenDataFeature : IArchiveFeature
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
        var chart = reports.Count == 0 ? "" : ApplicationsChart.Render("全部机关：政府信息公开申请数量（按年）", ApplicationsChart.Series(reports), "data-");
        var site = context.Urls.Origin is null ? context.Urls.BasePath : context.Urls.Absolute("");
        var html = $"""
            <script type="application/ld+json">{ArchiveDataset.JsonLd(context.Archive.Settings.Title, site, reports)}</script>
            {chart}
            """;
        var links = new List<CountLinkView>
        {
            new("figures.csv（UTF-8，Excel 可直接打开）", context.Urls.Path("data/figures.csv"), reports.Count),
            new("figures.json", context.Urls.Path("data/figures.json"), reports.Count),
        };
        yield return new PageSpec("data/index.html", "data", views.Page("data", views.Strings["data_heading"], "data/", [views.Home]), new ListingModel { Html = html, Links = links });
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

        return reports.SelectMany(ReportDataFiles.Build).Concat(ArchiveDataset.Build(reports));
    }
}

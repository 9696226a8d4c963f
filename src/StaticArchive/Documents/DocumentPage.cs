using System.Globalization;
using StaticArchive.Content;
using StaticArchive.History;
using StaticArchive.OpenData;
using StaticArchive.Pages;
using StaticArchive.Tables.Rules;
using StaticArchive.Theme.Models;

namespace StaticArchive.Documents;

/// <summary>Builds the page of one document: breadcrumb, metadata block, body, attachments, proposal record.</summary>
internal sealed class DocumentPage(Archive archive, ViewFactory views, IDocumentHistory? history = null)
{
    /// <summary>The page spec of a transformed document.</summary>
    public PageSpec Build(TransformedDocument transformed)
    {
        ArgumentNullException.ThrowIfNull(transformed);
        var d = transformed.Document;
        var agency = archive.AgencyBySlug[d.AgencySlug];
        var year = d.Year.ToString(CultureInfo.InvariantCulture);
        var crumbs = new List<LinkView>
        {
            views.Home,
            new(agency.Name, views.Urls.Path(agency.Slug + "/")),
            new(year + views.Strings["year_suffix"], views.Urls.Path($"{agency.Slug}/{year}/")),
        };
        var attachments = d.Attachments
            .Select(a => new AttachmentView(a.Title, views.Urls.Path(d.Url + a.File), FileType(a.File), Size(a.Size)))
            .ToList();
        var dataLinks = d.DataFilePath is not null && d.Type == DocumentTypes.AnnualReport
            ? new List<LinkView> { new(views.Strings["figures_csv"], views.Urls.Path(AgencyFiles.PathOf(d.AgencySlug))), new(views.Strings["figures_all"], views.Urls.Path("data/")) }
            : [];
        var source = archive.Settings.Repository is { } repo ? SourceLink.For(repo, d) : null;
        var revisions = history?.Revisions(d) ?? [];
        var model = new DocumentModel(
            views.Item(d), views.Agency(agency), d.IndexNo, d.DocNo, d.Tags, transformed.BodyHtml, InconsistencyNotice.Views(transformed.Inconsistencies),
            attachments, d.Proposal is { } p ? Proposal(p) : null, dataLinks, source,
            revisions.Count > 0 ? ViewFactory.Date(revisions[0].Date) : null,
            Revisions(revisions),
            d.Source is { } s ? new SourceView(s.Url, s.Retrieved, s.Format, s.Note) : null);
        var page = views.Page("document", d.Title, d.Url, crumbs, titleContext: agency.Name, feed: views.Urls.Path(agency.Slug + "/feed.xml"), description: d.Summary, sample: d.Sample);
        return new PageSpec(d.Url + "index.html", "document", page, model);
    }

    // Newest first, one entry per note; a day whose changes carry no note for readers shows its date once.
    private static List<RevisionView> Revisions(IReadOnlyList<Revision> revisions) =>
        [.. revisions.GroupBy(r => r.Date).SelectMany(day => day.Any(r => r.Note is not null)
            ? day.Where(r => r.Note is not null).Select(r => r.Note).Distinct(StringComparer.Ordinal).Select(n => new RevisionView(ViewFactory.Date(day.Key), n))
            : [new RevisionView(ViewFactory.Date(day.Key), null)])];

    private ProposalView Proposal(ProposalInfo p) => new(
        views.Strings[$"proposal_kind_{p.Kind}"], p.Session, p.Number, p.Proposers,
        p.LeadUnits.Count > 0 ? string.Join(views.Strings["list_separator"], p.LeadUnits) : null,
        p.AssistingUnits.Count > 0 ? string.Join(views.Strings["list_separator"], p.AssistingUnits) : null,
        p.ResultCode, views.ResultLabel(p), p.ReplyDate is { } r ? ViewFactory.Date(r) : null, p.Satisfaction,
        p.Subject, views.SubjectLabel(p));

    private static string FileType(string file) => Path.GetExtension(file).TrimStart('.').ToUpperInvariant();

    /// <summary>A size as readers expect it: 12.3 KB, 4.5 MB.</summary>
    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}

using System.Globalization;
using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.Theme;
using StaticArchive.Theme.Models;

namespace StaticArchive.Pages;

/// <summary>Builds the read-only view models templates see from the archive's records.</summary>
internal sealed class ViewFactory(Archive archive, SiteUrls urls, UiStrings strings)
{
    /// <summary>The URLs of this build.</summary>
    public SiteUrls Urls => urls;

    /// <summary>The UI strings of this build.</summary>
    public UiStrings Strings => strings;

    /// <summary>The type's label, e.g. 年度报告.</summary>
    public string TypeLabel(string type) => strings[$"type_{type}"];

    /// <summary>An agency level as readers see it (市级, or its translation); a level not in the list as written.</summary>
    public string? LevelLabel(string? level) =>
        level is null ? null : AgencyLevels.Key(level) is var key && key == "other" ? level : strings[$"level_{key}"];

    /// <summary>A document as a listing item.</summary>
    public DocumentItemView Item(Document d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var agency = archive.AgencyBySlug[d.AgencySlug];
        return new DocumentItemView(
            d.Title, urls.Path(d.Url), d.Date is { } date ? Date(date) : null, d.Type, TypeLabel(d.Type), agency.Name, urls.Path(agency.Slug + "/"),
            d.Year, d.Summary, d.Proposal is { } p ? Result(p) : null, d.DateInferred, d.Sample, d.Draft is not null,
            d.Proposal?.Subject, d.Proposal is { } q ? SubjectLabel(q) : null);
    }

    /// <summary>What a proposal's subject is called: 案由 for a CPPCC proposal, 事由 for a deputy's suggestion or motion.</summary>
    public string SubjectLabel(ProposalInfo p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return strings[p.Kind.StartsWith("cppcc", StringComparison.Ordinal) ? "proposal_subject_cppcc" : "proposal_subject"];
    }

    /// <summary>An agency's details.</summary>
    public AgencyView Agency(Agency a)
    {
        ArgumentNullException.ThrowIfNull(a);
        var parent = a.Parent is not null && archive.AgencyBySlug.TryGetValue(a.Parent, out var p)
            ? new LinkView(p.Name, urls.Path(p.Slug + "/"))
            : null;
        var hasProposals = archive.ByAgency[a.Slug].Any(d => d.Type == DocumentTypes.Proposal);
        return new AgencyView(
            a.Name, urls.Path(a.Slug + "/"), a.ShortName, LevelLabel(a.Level), a.Region, a.Address, a.Postcode, a.Phone, a.Email,
            a.Website, parent, urls.Path(a.Slug + "/feed.xml"), hasProposals ? urls.Path(a.Slug + "/proposals/") : null, a.Sample,
            parent is null ? a.ParentName : null);
    }

    /// <summary>A page's base-layout model.</summary>
    /// <remarks>A <paramref name="sample"/> page (an invented document or agency) says so first in its title and its description.</remarks>
    public PageView Page(string kind, string heading, string url, IReadOnlyList<LinkView> breadcrumbs, string? titleContext = null, string? feed = null, PaginationView? pagination = null, string? description = null, bool sample = false)
    {
        var parts = new List<string> { heading };
        if (titleContext is not null)
        {
            parts.Add(titleContext);
        }

        if (pagination is { Current: > 1 })
        {
            parts[0] = heading + string.Format(CultureInfo.InvariantCulture, strings["page_n"], pagination.Current);
        }

        if (kind != "home")
        {
            parts.Add(archive.Settings.Title);
        }

        var title = string.Join(" – ", parts);
        description ??= archive.Settings.Description;
        if (sample)
        {
            title = strings["sample_title_prefix"] + title;
            description = strings["sample_description_prefix"] + description;
        }

        return new PageView(
            kind, heading, title, urls.Path(url), urls.Absolute(url),
            description, breadcrumbs, feed ?? urls.Path("feed.xml"), pagination);
    }

    /// <summary>The home link every breadcrumb starts with.</summary>
    public LinkView Home => new(strings["home"], urls.Path(""));

    /// <summary>A date as pages show it.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A proposal's result as readers see it: the editor's label, else the label of the word or code they wrote.</summary>
    public string? ResultLabel(ProposalInfo p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return p.ResultLabel ?? (p.ResultTerm is { } term ? strings[$"proposal_result_{term}"] : null);
    }

    private string? Result(ProposalInfo p) => ResultLabel(p) is var label && p.ResultCode is null && label is null
        ? null
        : $"{p.ResultCode}{(p.ResultCode is null ? "" : " ")}{label}".Trim();
}

using System.Globalization;
using StaticArchive.Charts;
using StaticArchive.Content;
using StaticArchive.Pages;
using StaticArchive.Theme.Models;

namespace StaticArchive.Listings;

/// <summary>
/// The archive's browsing pages: home, agency directory, agency, agency-year, years, types and proposals.
/// Each page kind is a small method; all of them only read the <see cref="Archive"/>.
/// </summary>
internal sealed class ListingPages(Archive archive, ViewFactory views)
{
    private const int LatestOnHome = 12;

    /// <summary>Every listing page of the archive.</summary>
    public IEnumerable<PageSpec> All()
    {
        yield return Home();
        yield return AgencyDirectory();
        foreach (var agency in archive.Agencies)
        {
            yield return AgencyPage(agency);
            foreach (var page in AgencyYears(agency))
            {
                yield return page;
            }

            if (ProposalsPage(agency) is { } proposals)
            {
                yield return proposals;
            }
        }

        yield return YearsIndex();
        foreach (var page in archive.Years.SelectMany(YearPages))
        {
            yield return page;
        }

        yield return TypesIndex();
        foreach (var page in DocumentTypes.All.SelectMany(TypePages))
        {
            yield return page;
        }
    }

    private PageSpec Home()
    {
        var model = new HomeModel(
            [new GroupView(views.Strings["latest_documents"], "latest", [.. archive.Documents.Take(LatestOnHome).Select(views.Item)], null)],
            [.. archive.Years.Select(y => new CountLinkView(Year(y), views.Urls.Path($"years/{Year(y)}/"), archive.Documents.Count(d => d.Year == y)))],
            [.. TopAgencies().Select(a => new CountLinkView(a.Name, views.Urls.Path(a.Slug + "/"), archive.ByAgency[a.Slug].Count(), a.Sample))]);
        return new PageSpec("index.html", "home", views.Page("home", archive.Settings.Title, "", []), model);
    }

    // Every agency is listed once, under its own level: nested under its parent when that is of the same level (a
    // 县级 bureau under the 县级 government office), else at the top of its level, naming its parent of another level; agencies
    // whose parent has no folder here are listed under its parent_name, as a heading without a link.
    private PageSpec AgencyDirectory()
    {
        var levels = archive.Agencies
            .GroupBy(a => AgencyLevels.Key(a.Level))
            .OrderBy(g => AgencyLevels.Rank(g.First().Level))
            .Select((g, i) => new GroupedAgenciesView(views.Strings[$"level_{g.Key}"], $"level-{i + 1}", LevelTree([.. g])))
            .ToList();
        var heading = views.Strings["agencies_heading"];
        return new PageSpec("agencies/index.html", "agencies", views.Page("agencies", heading, "agencies/", [views.Home]), new AgencyDirectoryModel(levels));
    }

    // Agencies whose parent is not of this level start the level's trees; any left unreached (parents named in a
    // circle) start one too, so none is left out or listed twice.
    private List<AgencyItemView> LevelTree(IReadOnlyList<Agency> level)
    {
        var slugs = level.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        var children = level.Where(a => a.Parent is not null && slugs.Contains(a.Parent)).ToLookup(a => a.Parent!, StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        var roots = level.Where(a => a.Parent is null || !slugs.Contains(a.Parent)).ToList();
        var trees = roots.Select(a => (a, Tree(a, children, listed))).ToList();
        foreach (var agency in level.Where(a => !listed.Contains(a.Slug)))
        {
            trees.Add((agency, Tree(agency, children, listed)));
        }

        return GroupUnderNamedParents(trees);
    }

    // Trees whose root names a parent that has no folder in the archive go under one heading per name, where the
    // first of them stood.
    private List<AgencyItemView> GroupUnderNamedParents(List<(Agency Root, AgencyItemView Tree)> trees)
    {
        var result = new List<AgencyItemView>();
        var named = trees.Where(t => UnlistedParent(t.Root) is not null).ToLookup(t => UnlistedParent(t.Root)!, StringComparer.Ordinal);
        var placed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (root, tree) in trees)
        {
            if (UnlistedParent(root) is not { } name)
            {
                result.Add(tree);
            }
            else if (placed.Add(name))
            {
                result.Add(new AgencyItemView(name, null, null, 0, [.. named[name].Select(t => t.Tree)]));
            }
        }

        return result;
    }

    private string? UnlistedParent(Agency agency) =>
        agency.Parent is not null && archive.AgencyBySlug.ContainsKey(agency.Parent) ? null : agency.ParentName;

    private AgencyItemView Tree(Agency agency, ILookup<string, Agency> children, HashSet<string> listed)
    {
        listed.Add(agency.Slug);
        var below = children[agency.Slug].Where(a => !listed.Contains(a.Slug)).Select(a => Tree(a, children, listed)).ToList();
        var parent = agency.Parent is not null && archive.AgencyBySlug.TryGetValue(agency.Parent, out var p) && AgencyLevels.Key(p.Level) != AgencyLevels.Key(agency.Level)
            ? new LinkView(p.Name, views.Urls.Path(p.Slug + "/"))
            : null;
        return new(agency.Name, views.Urls.Path(agency.Slug + "/"), views.LevelLabel(agency.Level), archive.ByAgency[agency.Slug].Count(), below, agency.Sample, parent);
    }

    private IEnumerable<Agency> TopAgencies() => archive.Agencies.OrderByDescending(a => archive.ByAgency[a.Slug].Count()).ThenBy(a => a.Slug, StringComparer.Ordinal).Take(20);

    private PageSpec AgencyPage(Agency agency)
    {
        var documents = archive.ByAgency[agency.Slug].ToList();
        var reports = archive.Reports.Where(r => r.AgencySlug == agency.Slug).ToList();
        var model = new AgencyModel(
            views.Agency(agency),
            [.. documents.Select(d => d.Year).Distinct().OrderDescending().Select(y => new CountLinkView(Year(y), views.Urls.Path($"{agency.Slug}/{Year(y)}/"), documents.Count(d => d.Year == y)))],
            [.. ByType(documents, $"{agency.Slug}/", limit: 10)],
            reports.Count == 0 ? null : ApplicationsChart.Layout(ApplicationsChart.Series(reports), "agency-"));
        var crumbs = new List<LinkView> { views.Home, new(views.Strings["agencies_heading"], views.Urls.Path("agencies/")) };
        return new PageSpec($"{agency.Slug}/index.html", "agency", views.Page("agency", agency.Name, agency.Slug + "/", crumbs, feed: views.Urls.Path(agency.Slug + "/feed.xml"), sample: agency.Sample), model);
    }

    private IEnumerable<PageSpec> AgencyYears(Agency agency)
    {
        foreach (var year in archive.ByAgency[agency.Slug].Select(d => d.Year).Distinct().Order())
        {
            var documents = archive.ByAgency[agency.Slug].Where(d => d.Year == year).ToList();
            var heading = $"{agency.Name} {Year(year)}{views.Strings["year_suffix"]}";
            var crumbs = new List<LinkView> { views.Home, new(agency.Name, views.Urls.Path(agency.Slug + "/")) };
            var model = new AgencyYearModel(views.Agency(agency), [.. ByType(documents, null, limit: int.MaxValue)]);
            yield return new PageSpec($"{agency.Slug}/{Year(year)}/index.html", "agency-year", views.Page("agency-year", heading, $"{agency.Slug}/{Year(year)}/", crumbs, feed: views.Urls.Path(agency.Slug + "/feed.xml"), sample: agency.Sample), model);
        }
    }

    private PageSpec? ProposalsPage(Agency agency)
    {
        var proposals = archive.ByAgency[agency.Slug].Where(d => d.Proposal is not null).ToList();
        if (proposals.Count == 0)
        {
            return null;
        }

        var groups = proposals
            .GroupBy(d => d.Proposal!.Session ?? views.Strings["session_unknown"])
            .OrderByDescending(g => g.Max(d => d.Year)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select((g, i) => new GroupView(g.Key, $"session-{i + 1}", [.. g.OrderBy(d => NumberKey(d.Proposal!.Number)).ThenBy(d => d.Url, StringComparer.Ordinal).Select(views.Item)], null))
            .ToList();
        var heading = $"{agency.Name} {views.Strings["proposals_heading"]}";
        var crumbs = new List<LinkView> { views.Home, new(agency.Name, views.Urls.Path(agency.Slug + "/")) };
        return new PageSpec($"{agency.Slug}/proposals/index.html", "proposals", views.Page("proposals", heading, $"{agency.Slug}/proposals/", crumbs, sample: agency.Sample), new ProposalsModel(views.Agency(agency), groups));
    }

    private PageSpec YearsIndex()
    {
        var links = archive.Years.Select(y => new CountLinkView(Year(y), views.Urls.Path($"years/{Year(y)}/"), archive.Documents.Count(d => d.Year == y))).ToList();
        return new PageSpec("years/index.html", "years", views.Page("years", views.Strings["years_heading"], "years/", [views.Home]), new YearsModel(links));
    }

    private IEnumerable<PageSpec> YearPages(int year)
    {
        var documents = archive.Documents.Where(d => d.Year == year).OrderBy(d => d.AgencySlug, StringComparer.Ordinal).ThenBy(d => TypeOrder(d.Type)).ThenByDescending(d => d.SortDate).ThenBy(d => d.Url, StringComparer.Ordinal).ToList();
        var heading = $"{Year(year)}{views.Strings["year_suffix"]}";
        var crumbs = new List<LinkView> { views.Home, new(views.Strings["years_heading"], views.Urls.Path("years/")) };
        foreach (var slice in Paginator.Paginate(documents, $"years/{Year(year)}/", views.Urls.Path))
        {
            var groups = slice.Items.GroupBy(d => d.AgencySlug).Select(g => new GroupView(archive.AgencyBySlug[g.Key].Name, "agency-" + g.Key, [.. g.Select(views.Item)], null)).ToList();
            yield return new PageSpec(slice.Url + "index.html", "year", views.Page("year", heading, slice.Url, crumbs, pagination: slice.Pagination), new YearModel(groups));
        }
    }

    private PageSpec TypesIndex()
    {
        var links = DocumentTypes.All.Select(t => new CountLinkView(views.TypeLabel(t), views.Urls.Path($"types/{t}/"), archive.Documents.Count(d => d.Type == t))).ToList();
        return new PageSpec("types/index.html", "types", views.Page("types", views.Strings["types_heading"], "types/", [views.Home]), new TypesModel(links));
    }

    private IEnumerable<PageSpec> TypePages(string type)
    {
        var documents = archive.Documents.Where(d => d.Type == type).ToList();
        var crumbs = new List<LinkView> { views.Home, new(views.Strings["types_heading"], views.Urls.Path("types/")) };
        foreach (var slice in Paginator.Paginate(documents, $"types/{type}/", views.Urls.Path))
        {
            var model = new TypeModel([new GroupView(views.TypeLabel(type), "documents", [.. slice.Items.Select(views.Item)], null)]);
            yield return new PageSpec(slice.Url + "index.html", "type", views.Page("type", views.TypeLabel(type), slice.Url, crumbs, pagination: slice.Pagination), model);
        }
    }

    private IEnumerable<GroupView> ByType(IReadOnlyList<Document> documents, string? agencyPrefix, int limit) =>
        DocumentTypes.All
            .Where(t => documents.Any(d => d.Type == t))
            .Select(t =>
            {
                var all = documents.Where(d => d.Type == t).ToList();
                var more = all.Count > limit && agencyPrefix is not null
                    ? views.Urls.Path(t == DocumentTypes.Proposal ? agencyPrefix + "proposals/" : agencyPrefix + Year(all[0].Year) + "/")
                    : null;
                return new GroupView(views.TypeLabel(t), "type-" + t, [.. all.Take(limit).Select(views.Item)], more);
            });

    private static int TypeOrder(string type) => DocumentTypes.All.ToList().IndexOf(type);

    private static long NumberKey(string? number) => long.TryParse(number, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : long.MaxValue;

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}

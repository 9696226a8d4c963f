using StaticArchive.Content;
using StaticArchive.Tables;

namespace StaticArchive.Pages;

/// <summary>
/// The Aggregate phase's input: the whole archive's metadata, indexed the ways listings need it.
/// Immutable once built; bodies are not in it.
/// </summary>
internal sealed class Archive
{
    /// <summary>Indexes settings, agencies and documents (documents newest first by <see cref="Document.SortDate"/>, then by URL).</summary>
    public Archive(SiteSettings settings, IReadOnlyList<Agency> agencies, IReadOnlyList<Document> documents, IReadOnlyList<ReportEntry>? reports = null)
    {
        Settings = settings;
        Agencies = [.. agencies.OrderBy(a => a.Slug, StringComparer.Ordinal)];
        AgencyBySlug = Agencies.ToDictionary(a => a.Slug, StringComparer.Ordinal);
        Documents = [.. documents.OrderByDescending(d => d.SortDate).ThenBy(d => d.Date is null).ThenBy(d => d.Url, StringComparer.Ordinal)];
        ByAgency = Documents.ToLookup(d => d.AgencySlug, StringComparer.Ordinal);
        Years = [.. Documents.Select(d => d.Year).Distinct().OrderDescending()];
        Reports = [.. (reports ?? []).OrderBy(r => r.AgencySlug, StringComparer.Ordinal).ThenBy(r => r.Year).ThenBy(r => r.PageUrl, StringComparer.Ordinal)];
    }

    /// <summary>The annual reports' tables, by agency then year: what open data and charts are made of.</summary>
    public IReadOnlyList<ReportEntry> Reports { get; }

    /// <summary>site.yml.</summary>
    public SiteSettings Settings { get; }

    /// <summary>Agencies by slug.</summary>
    public IReadOnlyList<Agency> Agencies { get; }

    /// <summary>Lookup by slug.</summary>
    public IReadOnlyDictionary<string, Agency> AgencyBySlug { get; }

    /// <summary>All documents, newest first.</summary>
    public IReadOnlyList<Document> Documents { get; }

    /// <summary>Documents per agency, newest first.</summary>
    public ILookup<string, Document> ByAgency { get; }

    /// <summary>Years that have documents, newest first.</summary>
    public IReadOnlyList<int> Years { get; }
}

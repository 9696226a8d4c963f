using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.IO;
using StaticArchive.Pages;

namespace StaticArchive.Build;

/// <summary>What Aggregate features may read: the archive (once complete), views, URLs, and where to report.</summary>
public sealed class AggregateContext(IFileSystem files, ContentPaths paths, SiteUrls urls, DiagnosticBag diagnostics, IReadOnlyList<Agency> agencies, Theme.UiStrings strings)
{
    /// <summary>The file system (for data files features re-read).</summary>
    public IFileSystem Files { get; } = files;

    /// <summary>Content paths, for diagnostics.</summary>
    public ContentPaths Paths { get; } = paths;

    /// <summary>The URLs of this build.</summary>
    public SiteUrls Urls { get; } = urls;

    /// <summary>Where features report problems.</summary>
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    private readonly Dictionary<string, string> _agencyNames = agencies.ToDictionary(a => a.Slug, a => a.Name, StringComparer.Ordinal);

    /// <summary>An agency's name by slug; available while documents are observed.</summary>
    public string AgencyName(string slug) => _agencyNames[slug];

    /// <summary>A document type's label (年度报告…).</summary>
    public string TypeLabel(string type) => strings[$"type_{type}"];

    /// <summary>The whole archive; set before <see cref="IArchiveFeature.Pages"/> is called.</summary>
    public Archive Archive { get; set; } = null!;

    /// <summary>View-model factory over the complete archive.</summary>
    public ViewFactory Views { get; set; } = null!;
}

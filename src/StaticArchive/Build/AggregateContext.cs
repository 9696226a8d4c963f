using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.History;
using StaticArchive.IO;
using StaticArchive.Pages;

namespace StaticArchive.Build;

/// <summary>What features may read: the content, the archive (once complete), views, URLs, and where to report.</summary>
internal sealed class AggregateContext
{
    private readonly Dictionary<string, string> _agencyNames;
    private readonly Theme.UiStrings _strings;

    internal AggregateContext(IFileSystem files, LoadedSite site, DiagnosticBag diagnostics, IDocumentHistory history)
    {
        Files = files;
        Paths = site.Paths;
        Content = site.Content;
        Urls = site.Urls;
        Diagnostics = diagnostics;
        History = history;
        _strings = site.Strings;
        _agencyNames = site.Content.Agencies.ToDictionary(a => a.Slug, a => a.Name, StringComparer.Ordinal);
    }

    /// <summary>The file system (for data files features re-read).</summary>
    public IFileSystem Files { get; }

    /// <summary>Content paths, for diagnostics.</summary>
    public ContentPaths Paths { get; }

    /// <summary>What discovery found: settings, agencies, documents and the other files of the year folders.</summary>
    public SiteContent Content { get; }

    /// <summary>The URLs of this build.</summary>
    public SiteUrls Urls { get; }

    /// <summary>Where features report problems.</summary>
    public DiagnosticBag Diagnostics { get; }

    /// <summary>Where revision dates come from.</summary>
    public IDocumentHistory History { get; }

    /// <summary>An agency's name by slug; available while documents are observed.</summary>
    public string AgencyName(string slug) => _agencyNames[slug];

    /// <summary>A word of the theme's ui strings by key (the key itself when the theme lacks it).</summary>
    public string Text(string key) => _strings[key];

    /// <summary>A document type's label (年度报告…).</summary>
    public string TypeLabel(string type) => _strings[$"type_{type}"];

    /// <summary>The whole archive; set before <see cref="IArchiveFeature.Pages"/> is called.</summary>
    public Archive Archive { get; internal set; } = null!;

    /// <summary>View-model factory over the complete archive.</summary>
    public ViewFactory Views { get; internal set; } = null!;

    /// <summary>Every file of the site (relative to the output folder); set before <see cref="IArchiveFeature.Verify"/> is called.</summary>
    public IReadOnlyCollection<string> OutputPaths { get; internal set; } = [];

    /// <summary>The size of every file of the site, by path; set with <see cref="OutputPaths"/>.</summary>
    public IReadOnlyDictionary<string, long> OutputSizes { get; internal set; } = new Dictionary<string, long>();
}

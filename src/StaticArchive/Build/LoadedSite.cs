using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.IO;
using StaticArchive.Tables.Html;
using StaticArchive.Theme;
using StaticArchive.Theme.Models;

namespace StaticArchive.Build;

/// <summary>What the Load phase read: the content found, the theme and its strings, and this build's URLs.</summary>
internal sealed record LoadedSite(IFileSystem Files, ContentPaths Paths, SiteContent Content, SiteUrls Urls, ThemeFiles Theme, UiStrings Strings, SiteView Site)
{
    /// <summary>The words the tool writes into tables, in the site's language; every document's transform depends on them.</summary>
    public TableWords TableWords { get; } = TableWords.From(Strings);

    /// <summary>
    /// Discovers the content and loads the theme, reporting what is wrong instead of stopping. What it returns
    /// reads below content/ and theme/ only what their walks accepted (see <see cref="InputTree"/>).
    /// </summary>
    public static LoadedSite Load(IFileSystem disk, BuildOptions options, DiagnosticBag diagnostics)
    {
        var paths = new ContentPaths(options.Content);
        var trees = new List<InputTree> { InputTree.Walk(disk, options.Content) };
        InputRefusals.Report(trees[0], "内容文件夹", paths, diagnostics);
        Safety.WindowsNames.Report(trees[0], paths, diagnostics);
        if (options.Theme is not null)
        {
            trees.Add(InputTree.Walk(disk, options.Theme));
            InputRefusals.Report(trees[1], "主题文件夹", paths, diagnostics);
        }

        var files = new GuardedFileSystem(disk, trees);
        var content = ContentDiscovery.Discover(files, paths, diagnostics);
        var settings = content.Settings;
        var urls = new SiteUrls(options.BaseUrl ?? settings.BaseUrl);
        var theme = ThemeFiles.Load(files, options.Theme);
        var strings = UiStrings.Load(theme, settings.Language, diagnostics);
        var site = new SiteView(settings.Title, settings.Description, settings.Language, urls.BasePath, settings.Footer, settings.Repository);
        return new LoadedSite(files, paths, content, urls, theme, strings, site);
    }
}

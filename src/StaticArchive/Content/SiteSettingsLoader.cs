using StaticArchive.Core;
using StaticArchive.IO;
using StaticArchive.Yaml;

namespace StaticArchive.Content;

/// <summary>Reads <c>content/site.yml</c>.</summary>
internal static class SiteSettingsLoader
{
    private static readonly string[] Known = ["title", "description", "language", "base_url", "footer", "repository", "host"];
    private static readonly string[] KnownFooter = ["organizer", "contact", "site_code", "icp", "psb_record"];

    /// <summary>Loads the settings, or defaults (with a warning) when the file is missing.</summary>
    public static SiteSettings Load(IFileSystem files, ContentPaths paths, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(paths);
        var path = paths.Combine(paths.Content, "site.yml");
        var display = paths.Display(path);
        if (!files.FileExists(path))
        {
            if (files.Inspect(path) != FileEntryKind.Missing)
            {
                return SiteSettings.Default; // there but not readable (a link leading out): reported by the walk
            }

            diagnostics.Warning(
                DiagnosticCodes.MissingSiteFile, display, 0, 0,
                "没有 site.yml，使用默认站点名称“政府信息公开文库”。",
                "在内容文件夹建 site.yml，至少写 `title: 站点名称`。");
            return SiteSettings.Default;
        }

        var source = new YamlSource(display, diagnostics);
        var text = SourceText.Decode(files.ReadAllBytes(path), display, diagnostics);
        var node = text is null ? null : YamlReader.ReadMapping(text, source);
        if (node is null)
        {
            return SiteSettings.Default;
        }

        var map = new YamlMap(node, source);
        map.WarnUnknownKeys(Known);
        var footer = map.Map("footer");
        footer?.WarnUnknownKeys(KnownFooter);
        var defaults = SiteSettings.Default;
        return new SiteSettings(
            map.String("title") ?? defaults.Title,
            map.String("description") ?? "",
            map.String("language") ?? defaults.Language,
            Safety.UrlField.Read(map, "base_url") ?? "/",
            new SiteFooter(
                footer?.String("organizer"),
                footer?.String("contact"),
                footer?.String("site_code"),
                footer?.String("icp"),
                footer?.String("psb_record")),
            Safety.UrlField.Read(map, "repository"))
        {
            Host = Host(map, display, diagnostics),
            HostLine = map.LineOf("host"),
        };
    }

    private static string? Host(YamlMap map, string display, DiagnosticBag diagnostics)
    {
        var host = map.String("host");
        if (host is not null && Hosting.HostLimits.Find(host) is null)
        {
            diagnostics.Warning(Hosting.HostingFeature.UnknownHost, display, map.LineOf("host"), 0,
                $"不认识的托管平台“{host}”，不检查输出是否超出它的限制。",
                "host: 可以是 " + string.Join("、", Hosting.HostLimits.Known.Select(h => h.Key)) + "。");
        }

        return host;
    }
}

using StaticArchive.Checks;
using StaticArchive.Core;
using StaticArchive.IO;
using StaticArchive.Yaml;

namespace StaticArchive.Content;

/// <summary>Reads an agency folder's <c>_agency.yml</c>.</summary>
internal static class AgencyLoader
{
    private static readonly string[] Known =
        ["name", "short_name", "parent", "parent_name", "level", "region", "address", "postcode", "phone", "email", "website", "sample"];

    /// <summary>Loads one agency, or reports why it cannot.</summary>
    public static Agency? Load(IFileSystem files, ContentPaths paths, string folder, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(paths);
        var slug = folder.Replace('\\', '/').TrimEnd('/').Split('/')[^1];
        var path = paths.Combine(folder, "_agency.yml");
        var display = paths.Display(path);
        if (!Slugs.IsValid(slug))
        {
            diagnostics.Error(
                DiagnosticCodes.BadSlug, paths.Display(folder), 0, 0,
                $"机关文件夹名“{slug}”不能用作网址。",
                "文件夹名只用小写英文字母、数字和连字符，例如 `linzi-gxj`。");
            return null;
        }

        if (Slugs.Reserved.Contains(slug))
        {
            diagnostics.Error(
                DiagnosticCodes.ReservedSlug, paths.Display(folder), 0, 0,
                $"机关文件夹名“{slug}”与网站保留的路径 /{slug}/ 冲突。",
                $"换一个名字，例如 `{slug}-agency`；保留的名字有：{string.Join("、", Slugs.Reserved.Order(StringComparer.Ordinal))}。");
            return null;
        }

        if (!files.FileExists(path))
        {
            if (files.Inspect(path) != FileEntryKind.Missing)
            {
                return null; // there but not readable (a link leading out): reported by the walk
            }

            diagnostics.Error(
                DiagnosticCodes.MissingAgencyFile, display, 0, 0,
                $"机关文件夹“{slug}”里没有 _agency.yml。",
                "新建 _agency.yml，至少写一行 `name: 机关全称`（也可以运行 `new agency " + slug + "`）。");
            return null;
        }

        var source = new YamlSource(display, diagnostics);
        var text = SourceText.Decode(files.ReadAllBytes(path), display, diagnostics);
        if (text is not null)
        {
            EditorChecks.Placeholders(text, display, diagnostics);
        }

        var node = text is null ? null : YamlReader.ReadMapping(text, source);
        if (node is null)
        {
            return null;
        }

        var map = new YamlMap(node, source);
        map.WarnUnknownKeys(Known);
        var name = map.String("name", required: true, hint: "写上机关全称，例如 `name: 临淄区工业和信息化局`。");
        var level = map.String("level");
        if (level is not null && !AgencyLevels.Values.Contains(level))
        {
            diagnostics.Warning(
                DiagnosticCodes.WrongType, display, map.LineOf("level"), 1,
                $"层级“{level}”不是 省级/市级/县级/乡镇 之一，机构目录会把它列在“其他”。",
                "写 `level: 县级` 这样的值。");
        }

        return name is null ? null : new Agency(
            slug, name, map.String("short_name"), map.String("parent"), level, map.String("region"),
            map.String("address"), map.String("postcode"), map.String("phone"), map.String("email"),
            Safety.UrlField.Read(map, "website"), path, map.Bool("sample") == true)
        {
            ParentName = map.String("parent_name"),
            Draft = text!.Contains(Scaffolding.Placeholder.Marker, StringComparison.Ordinal),
        };
    }
}

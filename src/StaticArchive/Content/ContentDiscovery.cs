using System.Globalization;
using StaticArchive.Core;
using StaticArchive.IO;

namespace StaticArchive.Content;

/// <summary>
/// Walks the content folder: <c>site.yml</c>, one folder per agency with <c>_agency.yml</c>, year folders
/// below it, and Markdown documents at any depth inside a year. Everything in a stable (ordinal) order.
/// </summary>
internal static class ContentDiscovery
{
    /// <summary>Finds everything; reports misplaced files, bad names and missing agency files.</summary>
    public static SiteContent Discover(IFileSystem files, ContentPaths paths, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(paths);
        if (!files.DirectoryExists(paths.Content))
        {
            diagnostics.Error(
                DiagnosticCodes.MissingContent, paths.Display(paths.Content), 0, 0,
                "内容文件夹不存在。", "用 --content 指定内容文件夹，或在当前目录下建 content/。");
            return new SiteContent(SiteSettings.Default, [], [], []);
        }

        var settings = SiteSettingsLoader.Load(files, paths, diagnostics);
        var agencies = new List<Agency>();
        var documents = new List<DocumentSource>();
        var others = new List<string>();
        var byAgency = files.EnumerateFiles(paths.Content)
            .Select(f => f.Replace('\\', '/'))
            .Where(f => !IsHidden(paths.Relative(f)))
            .Order(StringComparer.Ordinal)
            .GroupBy(f => paths.Relative(f).Split('/') is { Length: > 1 } parts ? parts[0] : "");

        foreach (var group in byAgency)
        {
            if (group.Key.Length == 0)
            {
                ReportTopLevelFiles(group, paths, diagnostics);
                continue;
            }

            if (group.Key.StartsWith('_'))
            {
                continue; // editor-owned folders such as _schemas are not agencies
            }

            var agency = AgencyLoader.Load(files, paths, paths.Combine(paths.Content, group.Key), diagnostics);
            if (agency is null)
            {
                continue;
            }

            agencies.Add(agency);
            foreach (var file in group)
            {
                Classify(paths, agency, file, documents, others, diagnostics);
            }
        }

        CheckParents(agencies, paths, diagnostics);
        return new SiteContent(settings, agencies, documents, others);
    }

    private static void Classify(ContentPaths paths, Agency agency, string file, List<DocumentSource> documents, List<string> others, DiagnosticBag diagnostics)
    {
        var parts = paths.Relative(file).Split('/');
        if (parts.Length == 2)
        {
            if (parts[1] != "_agency.yml" && file.EndsWith(".md", StringComparison.Ordinal))
            {
                Misplaced(paths, file, diagnostics);
            }

            return;
        }

        if (!Slugs.IsYear(parts[1]))
        {
            if (file.EndsWith(".md", StringComparison.Ordinal))
            {
                Misplaced(paths, file, diagnostics);
            }

            return;
        }

        if (!file.EndsWith(".md", StringComparison.Ordinal))
        {
            others.Add(file);
            return;
        }

        var slug = Path.GetFileNameWithoutExtension(file);
        if (!Slugs.IsValid(slug))
        {
            diagnostics.Error(
                DiagnosticCodes.BadSlug, paths.Display(file), 0, 0,
                $"文件名“{slug}”不能用作网址。",
                "文件名只用小写英文字母、数字和连字符，例如 `annual-report.md`。");
            return;
        }

        documents.Add(new DocumentSource(agency, int.Parse(parts[1], CultureInfo.InvariantCulture), file));
    }

    private static void ReportTopLevelFiles(IEnumerable<string> group, ContentPaths paths, DiagnosticBag diagnostics)
    {
        foreach (var file in group.Where(f => f.EndsWith(".md", StringComparison.Ordinal) && !f.EndsWith("README.md", StringComparison.Ordinal)))
        {
            Misplaced(paths, file, diagnostics);
        }
    }

    private static void Misplaced(ContentPaths paths, string file, DiagnosticBag diagnostics) =>
        diagnostics.Error(
            DiagnosticCodes.MisplacedFile, paths.Display(file), 0, 0,
            "文档必须放在“机关/年份/”文件夹里，否则不知道它属于哪个机关和年份。",
            "移到 content/<机关>/<年份>/ 下，例如 content/linzi-gxj/2023/。");

    private static bool IsHidden(string relative) =>
        relative.Split('/').Any(part => part.StartsWith('.'));

    private static void CheckParents(List<Agency> agencies, ContentPaths paths, DiagnosticBag diagnostics)
    {
        var slugs = agencies.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        foreach (var agency in agencies.Where(a => a.Parent is not null && !slugs.Contains(a.Parent)))
        {
            diagnostics.Warning(
                DiagnosticCodes.UnknownParent, paths.Display(agency.SourcePath), 0, 0,
                $"上级机关“{agency.Parent}”不存在，机构目录会把本机关列在顶层。",
                "parent 写上级机关的文件夹名（例如 `parent: linzi-zfb`），或删掉这一行。");
        }
    }
}

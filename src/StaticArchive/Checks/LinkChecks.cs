using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.IO;

namespace StaticArchive.Checks;

/// <summary>
/// Checks each link of a document against the site the build has written: a link inside the site must hit one
/// of its files, and <c>#anchor</c> on a document page must be one of that page's heading ids. Relative links
/// resolve against the page URL, as a browser does, not against the .md file.
/// </summary>
internal sealed class LinkChecks(IFileSystem files, IReadOnlyCollection<string> outputs, IReadOnlyList<(Document Document, DocumentLinks Links)> documents, string basePath)
{
    private static readonly Uri Site = new("https://site.invalid/");
    private readonly HashSet<string> _outputs = new(outputs, StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<string>> _anchors = documents
        .GroupBy(d => d.Document.Url, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Links.Anchors, StringComparer.Ordinal);

    /// <summary>Checks one document's links; files it links to are added to <paramref name="referenced"/>.</summary>
    public void Check(Document document, DocumentLinks links, ISet<string> referenced, DiagnosticBag found)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(links);
        ArgumentNullException.ThrowIfNull(referenced);
        ArgumentNullException.ThrowIfNull(found);
        foreach (var link in links.Links)
        {
            var url = link.Url.Trim();
            if (url.StartsWith("//", StringComparison.Ordinal) || (!url.StartsWith('/') && url.Contains(':', StringComparison.Ordinal)))
            {
                continue; // another site, mailto:, tel:
            }

            var hash = url.IndexOf('#', StringComparison.Ordinal);
            var path = (hash >= 0 ? url[..hash] : url).Split('?')[0];
            var anchor = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
            var target = path.Length == 0 ? document.Url : Resolve(document.Url, path);
            var page = target.Length == 0 || target.EndsWith('/') ? target + "index.html" : target;
            if (!_outputs.Contains(page) && _outputs.Contains(target + "/index.html"))
            {
                page = target + "/index.html";
                target += "/";
            }

            if (_outputs.Contains(page))
            {
                if (anchor is { Length: > 0 } && _anchors.TryGetValue(target, out var ids) && !ids.Contains(anchor) && !DocumentLinks.LayoutAnchors.Contains(anchor))
                {
                    found.Error(
                        CheckCodes.MissingAnchor, document.DisplayPath, link.Line, link.Column,
                        $"链接 {url} 指向的页面没有 #{anchor} 这个位置。",
                        $"锚点是标题的 id：目标页面有 {string.Join("、", ids.Take(5).Select(i => "#" + i))}。");
                }

                if (!path.StartsWith('/') && path.Length > 0)
                {
                    referenced.Add(SourceOf(document, path));
                }

                continue;
            }

            Report(document, link, url, path, referenced, found);
        }
    }

    private void Report(Document document, DocumentLinks.Link link, string url, string path, ISet<string> referenced, DiagnosticBag found)
    {
        var source = path.StartsWith('/') ? null : SourceOf(document, path);
        if (source is not null && files.FileExists(source))
        {
            referenced.Add(source);
            found.Error(
                CheckCodes.UnpublishedFile, document.DisplayPath, link.Line, link.Column,
                $"{(link.IsImage ? "图片" : "链接")} {url} 指向的文件存在，但没有发布：网站上不会有它。",
                "在 front matter 的 attachments 里列出这个文件（file: 和 title:），它才会复制到网站上。");
        }
        else if (link.IsImage || Path.HasExtension(path.TrimEnd('/')))
        {
            found.Error(
                CheckCodes.MissingFile, document.DisplayPath, link.Line, link.Column,
                $"{(link.IsImage ? "图片" : "链接的文件")} {url} 不存在。",
                "把文件放到文档旁边（同一年份文件夹），并在 attachments 里列出；或改正文件名。");
        }
        else
        {
            found.Error(
                CheckCodes.BrokenLink, document.DisplayPath, link.Line, link.Column,
                $"链接 {url} 指向的页面不存在。",
                "站内链接写成 /机关/年份/文件名/（例如 /linzi-gxj/2023/annual-report/）或相对路径 ../guide/。");
        }
    }

    private string Resolve(string pageUrl, string path)
    {
        if (path.StartsWith('/'))
        {
            var trimmed = basePath.Length > 1 && path.StartsWith(basePath, StringComparison.Ordinal) ? path[basePath.Length..] : path.TrimStart('/');
            return Uri.UnescapeDataString(trimmed);
        }

        var resolved = new Uri(new Uri(Site, pageUrl), path);
        return Uri.UnescapeDataString(resolved.AbsolutePath.TrimStart('/'));
    }

    // Where a relative link's file would be in content/: beside the .md (attachments are published next to the page).
    private static string SourceOf(Document document, string path)
    {
        var folder = Path.GetDirectoryName(document.SourcePath)!.Replace('\\', '/');
        return Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(path))).Replace('\\', '/');
    }
}

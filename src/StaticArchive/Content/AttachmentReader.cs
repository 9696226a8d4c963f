using StaticArchive.Core;
using StaticArchive.IO;
using StaticArchive.Yaml;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Content;

/// <summary>
/// Reads <c>attachments:</c> (a list of file names, or of <c>{file, title}</c>) and checks that each file
/// exists beside the document and does not point outside the content folder.
/// </summary>
internal static class AttachmentReader
{
    /// <summary>Reads and checks the attachments of one document.</summary>
    public static IReadOnlyList<Attachment> Read(IFileSystem files, ContentPaths paths, YamlMap map, string directory, string display, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(map);
        if (map.Value("attachments") is not YamlSequenceNode list)
        {
            if (map.Has("attachments") && map.Value("attachments") is not YamlScalarNode { Value: null or "" })
            {
                diagnostics.Error(
                    DiagnosticCodes.WrongType, display, map.LineOf("attachments"), 1,
                    "字段“attachments”应当是附件列表。",
                    "每行一个附件：`- file: 附件.pdf` 加一行 `title: 附件标题`，或直接 `- 附件.pdf`。");
            }

            return [];
        }

        var result = new List<Attachment>();
        var taken = new HashSet<string>(Generated, StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            var line = map.Source.Line(item);
            var (file, title) = item switch
            {
                YamlScalarNode s => (s.Value, null),
                YamlMappingNode m => (Scalar(m, "file"), Scalar(m, "title")),
                _ => (null, null),
            };
            if (string.IsNullOrWhiteSpace(file))
            {
                diagnostics.Error(
                    DiagnosticCodes.MissingField, display, line, 1, "附件缺少文件名（file）。", "写成 `- file: 附件.pdf`。");
                continue;
            }

            if (Path.IsPathRooted(file) || file.StartsWith('/') || file.Contains("..", StringComparison.Ordinal) || !paths.Contains(directory + "/" + file))
            {
                diagnostics.Error(
                    DiagnosticCodes.PathEscapes, display, line, 1,
                    $"附件路径“{file}”指向内容文件夹之外。",
                    "附件必须放在文档旁边（或其子文件夹），路径不能以 / 开头，也不能含 ..。");
                continue;
            }

            // One spelling per file ("./a.pdf" is "a.pdf"), so the same file listed twice is seen.
            file = string.Join('/', file.Replace('\\', '/').Split('/').Where(part => part.Length > 0 && part != "."));
            var full = directory + "/" + file;
            if (!files.FileExists(full))
            {
                if (files.Inspect(full) != FileEntryKind.Missing)
                {
                    continue; // there but not readable (a link leading out, a FIFO): reported by the walk
                }

                diagnostics.Error(
                    DiagnosticCodes.MissingAttachment, display, line, 1,
                    $"附件“{file}”不存在。",
                    $"把文件放到 {paths.Display(directory)}/ 下，或改正文件名（注意大小写）。");
                continue;
            }

            if (!taken.Add(file))
            {
                diagnostics.Error(
                    DiagnosticCodes.AttachmentNameTaken, display, line, 1,
                    Generated.Contains(file)
                        ? $"附件“{file}”会和网站在本页旁生成的同名文件冲突。"
                        : $"附件“{file}”列了两次。",
                    Generated.Contains(file)
                        ? $"给文件改个名字（例如 `{Path.GetFileNameWithoutExtension(file)}-附件{Path.GetExtension(file)}`），或放进子文件夹；网站自己在页面旁写 {string.Join("、", Generated)}。"
                        : "删掉重复的一项。");
                continue;
            }

            result.Add(new Attachment(file, title ?? Path.GetFileName(file), full, files.GetLength(full)));
        }

        return result;
    }

    // Files the site writes into a document's own folder, beside which attachments are copied.
    private static readonly string[] Generated = ["index.html", "figures.csv", "figures.json"];

    private static string? Scalar(YamlMappingNode map, string key) =>
        YamlNodes.Child(map, key) is YamlScalarNode s ? s.Value : null;
}

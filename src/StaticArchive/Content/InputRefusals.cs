using StaticArchive.Core;
using StaticArchive.IO;

namespace StaticArchive.Content;

/// <summary>Reports what the walks of content/ and theme/ refused to read, each entry by name.</summary>
internal static class InputRefusals
{
    /// <summary>One error per refused entry; <paramref name="folder"/> names the folder in messages (内容文件夹, 主题文件夹).</summary>
    public static void Report(InputTree tree, string folder, ContentPaths paths, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var refused in tree.Refused)
        {
            var name = paths.Display(refused.Path);
            var (code, message, hint) = refused.Reason switch
            {
                RefusalReason.Outside => (
                    DiagnosticCodes.PathEscapes,
                    $"“{name}”是指向{folder}之外（{refused.Target}）的符号链接，构建不读取它。",
                    $"把文件或文件夹本身复制到{folder}里（例如 `cp -rL`），再删掉这个链接；构建只读取 content/ 和 theme/ 里的文件。"),
                RefusalReason.FolderLink => (
                    DiagnosticCodes.NotAFile,
                    $"“{name}”是指向文件夹的符号链接，构建不进入链接的文件夹（同一批文件会有两个地址，链接也可能绕成圈）。",
                    "把链接换成文件夹本身，或删掉它。"),
                RefusalReason.BrokenLink => (
                    DiagnosticCodes.NotAFile,
                    $"“{name}”是符号链接，但它指向的文件不存在（或链接绕成了圈）。",
                    "删掉这个链接，或把它指向的文件放回去。"),
                _ => (
                    DiagnosticCodes.NotAFile,
                    $"“{name}”不是普通文件（是管道、套接字或设备），读取它会让构建一直等下去。",
                    "删掉它：文档、数据文件、附件和主题文件都必须是普通文件。"),
            };
            diagnostics.Error(code, name, 0, 0, message, hint);
        }
    }
}

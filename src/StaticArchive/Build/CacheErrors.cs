using StaticArchive.Content;
using StaticArchive.Core;

namespace StaticArchive.Build;

/// <summary>A build cache that cannot be written, reported before the output is touched.</summary>
internal static class CacheErrors
{
    /// <summary>Reports the file that could not be written and why.</summary>
    public static void Report(string path, Exception error, ContentPaths paths, DiagnosticBag diagnostics)
    {
        var file = paths.Display(path);
        var folder = paths.Display(Path.GetDirectoryName(path)!.Replace('\\', '/'));
        diagnostics.Error(
            DiagnosticCodes.CacheNotWritable, file, 0, 0,
            $"构建缓存写不进去（{error.Message}），所以没有替换 output/，它保持原样。",
            $"缓存文件夹 {folder}/ 随时可以删除：如果同名的是一个文件，删掉它；如果是权限问题，让当前用户能写这个文件夹。然后重新构建。");
    }
}

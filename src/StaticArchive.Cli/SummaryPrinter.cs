using System.Globalization;
using Spectre.Console;
using StaticArchive.Core;

namespace StaticArchive.Cli;

/// <summary>Prints what the output holds, as a static host counts it: files, bytes and the largest file.</summary>
internal static class SummaryPrinter
{
    public static void Print(IAnsiConsole console, OutputSummary? summary, string output)
    {
        if (summary is null)
        {
            return;
        }

        var files = summary.Files.ToString("N0", CultureInfo.InvariantCulture);
        console.MarkupLineInterpolated($"输出 {output}/：{files} 个文件，共 {Size(summary.Bytes)}；最大的文件是 {summary.LargestPath}（{Size(summary.LargestBytes)}）。");
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024
        ? (bytes / 1024.0 / 1024).ToString("0.0", CultureInfo.InvariantCulture) + " MiB"
        : (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KiB";
}

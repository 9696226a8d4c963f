using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using StaticArchive.Build;
using StaticArchive.Core;

namespace StaticArchive.Cli.Commands;

/// <summary><c>build</c>: content/ → output/, with progress, every diagnostic and a summary.</summary>
public sealed class BuildCommand(IAnsiConsole console) : Command<BuildSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, BuildSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = new BuildOptions(Path.GetFullPath(settings.Content), Path.GetFullPath(settings.Theme), Path.GetFullPath(settings.Output), settings.BaseUrl);
        var builder = new SiteBuilder()
        {
            Progress = (phase, done, total) => console.MarkupLineInterpolated($"[grey]{phase} {done}/{total}[/]"),
            ReadGitHistory = true,
        };
        var result = builder.Build(options, cancellationToken);
        DiagnosticPrinter.Print(console, result.Diagnostics);
        var seconds = result.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var drafts = result.Drafts.Count > 0 ? $"（其中 {result.Drafts.Count} 篇是草稿，未发布：见上面的 {DiagnosticCodes.Draft} 警告）" : "";
        if (result.UpToDate)
        {
            console.MarkupLineInterpolated($"[green]无需构建[/]：内容和主题自上次构建以来没有改动，{settings.Output}/ 保持原样（{result.Documents} 篇文档{drafts}，{result.PagesWritten} 个页面；{result.Warnings} 个警告，0 个错误；用时 {seconds} 秒）。");
            SummaryPrinter.Print(console, result.Output, settings.Output);
            return 0;
        }

        if (result.Succeeded)
        {
            console.MarkupLineInterpolated($"[green]构建完成[/]：{result.Documents} 篇文档{drafts}，共 {result.PagesWritten} 个页面（本次渲染 {result.RenderedPages.Count} 个），共 {result.FilesWritten} 个文件（本次写入 {result.ChangedFiles.Count} 个）到 {settings.Output}/；{result.Warnings} 个警告，0 个错误；用时 {seconds} 秒。");
            SummaryPrinter.Print(console, result.Output, settings.Output);
            return 0;
        }

        console.MarkupLineInterpolated($"[red]构建失败[/]：{result.Errors} 个错误，{result.Warnings} 个警告（{result.Documents} 篇文档，用时 {seconds} 秒）。{settings.Output}/ 保持原样，未写入任何文件。");
        return 1;
    }
}

using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using StaticArchive.Core;
using StaticArchive.Incremental;
using StaticArchive.Server;

namespace StaticArchive.Cli.Commands;

/// <summary>
/// <c>serve</c>: builds into <c>.staticarchive-cache/serve/</c> (a folder the dev server owns, so output/ is never
/// touched and links work at the server's root), serves it, rebuilds on every change and reloads open pages.
/// </summary>
public sealed class ServeCommand(IAnsiConsole console) : AsyncCommand<ServeSettings>
{
    /// <inheritdoc/>
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var content = Path.GetFullPath(settings.Content);
        var output = IncrementalSession.CacheDirectory(content) + "/serve";
        var options = new BuildOptions(content, Path.GetFullPath(settings.Theme), output, "/");
        using var site = new SiteRebuilder(options, readGitHistory: true);
        site.Built += Report;
        site.Build();
        await using var server = new DevServer(new DevServerOptions(settings.Port, settings.Host), site);
        var address = await server.StartAsync(cancellationToken).ConfigureAwait(false);
        site.Watch(TimeSpan.FromMilliseconds(250));
        console.MarkupLineInterpolated($"[green]预览地址[/]：{address}  （监视 {settings.Content}/ 和 {settings.Theme}/，保存后自动重建并刷新页面；按 Ctrl+C 退出）");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, server.Stopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C
        }

        return 0;
    }

    private void Report(BuildResult result)
    {
        DiagnosticPrinter.Print(console, result.Diagnostics);
        var ms = result.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
        var drafts = result.Drafts.Count > 0 ? $"预览显示 {result.Drafts.Count} 篇草稿（标“草稿”），build 不会发布它们。" : "";
        if (result.Succeeded)
        {
            console.MarkupLineInterpolated($"[green]已重建[/]：渲染 {result.RenderedPages.Count} 个页面（共 {result.PagesWritten} 个），{result.Warnings} 个警告，用时 {ms} 毫秒。{drafts}");
        }
        else
        {
            console.MarkupLineInterpolated($"[red]构建失败[/]：{result.Errors} 个错误；浏览器里显示错误列表，仍提供上一次成功构建的页面。");
        }
    }
}

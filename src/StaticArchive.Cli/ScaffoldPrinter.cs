using Spectre.Console;
using StaticArchive.Scaffolding;

namespace StaticArchive.Cli;

/// <summary>What every <c>new</c> verb shares: the scaffolder over the real file system and how the result is printed.</summary>
public static class ScaffoldPrinter
{
    /// <summary>A scaffolder for the site's folders.</summary>
    public static Scaffolder For(Commands.SiteSettingsBase settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new Scaffolder(Path.GetFullPath(settings.Content), Path.GetFullPath(settings.Theme));
    }

    /// <summary>Today, for the date of a new guide or proposal (the editor changes it to the real one).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    /// <summary>Prints the files created (exit 0) or why nothing was (exit 1).</summary>
    public static int Print(IAnsiConsole console, ScaffoldResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        if (!result.Succeeded)
        {
            console.MarkupLineInterpolated($"[red]未创建[/]：{result.Error}");
            return 1;
        }

        foreach (var path in result.Created)
        {
            console.MarkupLineInterpolated($"[green]已创建[/] {Path.GetRelativePath(Directory.GetCurrentDirectory(), path)}");
        }

        console.MarkupLine("下一步：填写 【待填写】 和 null 的地方，然后运行 [bold]check[/]，它会列出还没填的内容。");
        return 0;
    }
}

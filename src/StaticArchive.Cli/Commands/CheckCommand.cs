using Spectre.Console;
using Spectre.Console.Cli;
using StaticArchive.Checks;
using StaticArchive.Core;
using StaticArchive.IO;

namespace StaticArchive.Cli.Commands;

/// <summary><c>check</c>: validates everything a build would, plus links and editors' gaps, and writes nothing.</summary>
public sealed class CheckCommand(IAnsiConsole console) : Command<CheckSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var content = Path.GetFullPath(settings.Content);
        var options = new BuildOptions(content, Path.GetFullPath(settings.Theme), Path.GetFullPath("output"), settings.BaseUrl);
        var result = new Checker(PhysicalFileSystem.Instance).Check(options, cancellationToken);
        var root = Path.GetDirectoryName(content.TrimEnd('/', '\\')) ?? ".";
        if (settings.Format == "json")
        {
            CheckPrinter.Json(console, result);
        }
        else
        {
            CheckPrinter.Human(console, result, root);
        }

        return result.ExitCode(settings.Strict);
    }
}

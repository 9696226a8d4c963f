using Spectre.Console;
using Spectre.Console.Cli;
using StaticArchive.Checks;
using StaticArchive.Core;

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
        var result = Check(options, cancellationToken);
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

    // Whatever happens, check reports it in the format asked for (CI parses --format json).
    private static CheckResult Check(BuildOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return new Checker().Check(options, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var failure = Diagnostic.Error(
                DiagnosticCodes.InternalError, Path.GetFileName(options.Content.TrimEnd('/', '\\')), 0, 0,
                $"检查时出现未预料的错误（{ex.GetType().Name}：{ex.Message}）。",
                "这是本工具的缺陷：请把这条信息报告给维护者。");
            return new CheckResult([failure], 0);
        }
    }
}

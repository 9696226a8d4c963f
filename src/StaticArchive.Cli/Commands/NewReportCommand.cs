using Spectre.Console;
using Spectre.Console.Cli;

namespace StaticArchive.Cli.Commands;

/// <summary><c>new report &lt;agency&gt; &lt;year&gt;</c>: the scaffold lives in the library; this only prints.</summary>
public sealed class NewReportCommand(IAnsiConsole console) : Command<NewDocumentSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, NewDocumentSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ScaffoldPrinter.Print(console, ScaffoldPrinter.For(settings).Report(settings.Agency, settings.Year));
    }
}

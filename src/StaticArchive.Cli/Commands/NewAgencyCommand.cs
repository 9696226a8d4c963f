using Spectre.Console;
using Spectre.Console.Cli;

namespace StaticArchive.Cli.Commands;

/// <summary><c>new agency &lt;slug&gt;</c>: the scaffold lives in the library; this only prints.</summary>
public sealed class NewAgencyCommand(IAnsiConsole console) : Command<NewAgencySettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, NewAgencySettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ScaffoldPrinter.Print(console, ScaffoldPrinter.For(settings).Agency(settings.Slug));
    }
}

using Spectre.Console;
using Spectre.Console.Cli;

namespace StaticArchive.Cli.Commands;

/// <summary><c>new proposal &lt;agency&gt; &lt;year&gt;</c>: the scaffold lives in the library; this only prints.</summary>
public sealed class NewProposalCommand(IAnsiConsole console) : Command<NewProposalSettings>
{
    /// <inheritdoc/>
    public override int Execute(CommandContext context, NewProposalSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return ScaffoldPrinter.Print(console, ScaffoldPrinter.For(settings).Proposal(settings.Agency, settings.Year, ScaffoldPrinter.Today, settings.Slug));
    }
}

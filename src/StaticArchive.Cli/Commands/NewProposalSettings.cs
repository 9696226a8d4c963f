using Spectre.Console.Cli;
using StaticArchive.Cli.Help;

namespace StaticArchive.Cli.Commands;

/// <summary>Arguments of <c>new proposal</c>.</summary>
public sealed class NewProposalSettings : NewDocumentSettings
{
    /// <summary>The file name (without .md).</summary>
    [CommandOption("--slug <NAME>")]
    [HelpText("new_proposal.slug")]
    public string? Slug { get; init; }
}

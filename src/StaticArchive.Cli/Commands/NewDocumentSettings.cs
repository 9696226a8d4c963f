using Spectre.Console.Cli;
using StaticArchive.Cli.Help;

namespace StaticArchive.Cli.Commands;

/// <summary>Arguments of <c>new report|guide|proposal</c>.</summary>
public class NewDocumentSettings : SiteSettingsBase
{
    /// <summary>The agency's folder name.</summary>
    [CommandArgument(0, "<AGENCY>")]
    [HelpText("new_document.agency")]
    public string Agency { get; init; } = "";

    /// <summary>The year.</summary>
    [CommandArgument(1, "<YEAR>")]
    [HelpText("new_document.year")]
    public int Year { get; init; }
}

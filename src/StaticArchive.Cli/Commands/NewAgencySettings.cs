using Spectre.Console.Cli;
using StaticArchive.Cli.Help;

namespace StaticArchive.Cli.Commands;

/// <summary>Arguments of <c>new agency</c>.</summary>
public sealed class NewAgencySettings : SiteSettingsBase
{
    /// <summary>The agency's folder name.</summary>
    [CommandArgument(0, "<SLUG>")]
    [HelpText("new_agency.slug")]
    public string Slug { get; init; } = "";
}

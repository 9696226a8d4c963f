using System.ComponentModel;
using Spectre.Console.Cli;
using StaticArchive.Cli.Help;

namespace StaticArchive.Cli.Commands;

/// <summary>The folders every verb that reads a site accepts.</summary>
public class SiteSettingsBase : CommandSettings
{
    /// <summary>The content folder.</summary>
    [CommandOption("--content <DIR>")]
    [HelpText("site.content")]
    [DefaultValue("content")]
    public string Content { get; init; } = "content";

    /// <summary>The theme folder.</summary>
    [CommandOption("--theme <DIR>")]
    [HelpText("site.theme")]
    [DefaultValue("theme")]
    public string Theme { get; init; } = "theme";
}

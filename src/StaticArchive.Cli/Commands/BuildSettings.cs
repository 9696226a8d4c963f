using System.ComponentModel;
using Spectre.Console.Cli;
using StaticArchive.Cli.Help;

namespace StaticArchive.Cli.Commands;

/// <summary>Options of <c>build</c>.</summary>
public sealed class BuildSettings : SiteSettingsBase
{
    /// <summary>The output folder.</summary>
    [CommandOption("--output <DIR>")]
    [HelpText("build.output")]
    [DefaultValue("output")]
    public string Output { get; init; } = "output";

    /// <summary>The base URL, absolute or a sub-path.</summary>
    [CommandOption("--base-url <URL>")]
    [HelpText("build.base_url")]
    public string? BaseUrl { get; init; }
}

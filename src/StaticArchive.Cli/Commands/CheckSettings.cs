using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using StaticArchive.Cli.Help;

namespace StaticArchive.Cli.Commands;

/// <summary>Options of <c>check</c>.</summary>
public sealed class CheckSettings : SiteSettingsBase
{
    /// <summary>human or json.</summary>
    [CommandOption("--format <FORMAT>")]
    [HelpText("check.format")]
    [DefaultValue("human")]
    public string Format { get; init; } = "human";

    /// <summary>Warnings fail too (exit code 2).</summary>
    [CommandOption("--strict")]
    [HelpText("check.strict")]
    public bool Strict { get; init; }

    /// <summary>The base URL, for links written with a sub-path.</summary>
    [CommandOption("--base-url <URL>")]
    [HelpText("check.base_url")]
    public string? BaseUrl { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate() =>
        Format is "human" or "json" ? ValidationResult.Success() : ValidationResult.Error("--format 只能是 human 或 json");
}

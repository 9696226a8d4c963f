using System.ComponentModel;
using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Cli;
using StaticArchive.Cli.Help;

namespace StaticArchive.Cli.Commands;

/// <summary>Options of <c>import</c>.</summary>
public sealed partial class ImportSettings : CommandSettings
{
    /// <summary>Files or folders to import.</summary>
    [CommandArgument(0, "<FILE_OR_FOLDER>")]
    [HelpText("import.inputs")]
    public string[] Inputs { get; init; } = [];

    /// <summary>The agency's slug.</summary>
    [CommandOption("--agency <SLUG>")]
    [HelpText("import.agency")]
    public string Agency { get; init; } = "";

    /// <summary>The year folder, when the source does not state it.</summary>
    [CommandOption("--year <YEAR>")]
    [HelpText("import.year")]
    public int? Year { get; init; }

    /// <summary>Overrides the detected kind.</summary>
    [CommandOption("--type <TYPE>")]
    [HelpText("import.type")]
    public string? Type { get; init; }

    /// <summary>The content folder.</summary>
    [CommandOption("--content <DIR>")]
    [HelpText("import.content")]
    [DefaultValue("content")]
    public string Content { get; init; } = "content";

    /// <summary>Read and report only.</summary>
    [CommandOption("--dry-run")]
    [HelpText("import.dry_run")]
    public bool DryRun { get; init; }

    /// <summary>human or json.</summary>
    [CommandOption("--format <FORMAT>")]
    [HelpText("import.format")]
    [DefaultValue("human")]
    public string Format { get; init; } = "human";

    /// <summary>Overwrite existing files.</summary>
    [CommandOption("--force")]
    [HelpText("import.force")]
    public bool Force { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate()
    {
        if (Inputs.Length == 0)
        {
            return ValidationResult.Error("请给出要导入的文件或文件夹");
        }

        if (!SlugPattern().IsMatch(Agency))
        {
            return ValidationResult.Error("--agency 必填，只能用小写字母、数字和 -，如 linzi-gxj");
        }

        if (Type is not null && Type is not ("annual-report" or "proposal" or "guide" or "document"))
        {
            return ValidationResult.Error("--type 只能是 annual-report、proposal、guide 或 document");
        }

        return Format is "human" or "json" ? ValidationResult.Success() : ValidationResult.Error("--format 只能是 human 或 json");
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SlugPattern();
}

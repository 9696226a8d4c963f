using System.ComponentModel;
using Spectre.Console.Cli;

namespace StaticArchive.Cli.Commands;

/// <summary>The folders every verb that reads a site accepts.</summary>
public class SiteSettingsBase : CommandSettings
{
    /// <summary>The content folder.</summary>
    [CommandOption("--content <DIR>")]
    [Description("内容文件夹（默认 ./content）")]
    [DefaultValue("content")]
    public string Content { get; init; } = "content";

    /// <summary>The theme folder.</summary>
    [CommandOption("--theme <DIR>")]
    [Description("主题文件夹，逐个文件覆盖内置主题（默认 ./theme）")]
    [DefaultValue("theme")]
    public string Theme { get; init; } = "theme";
}

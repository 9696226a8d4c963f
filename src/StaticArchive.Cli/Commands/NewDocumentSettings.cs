using System.ComponentModel;
using Spectre.Console.Cli;

namespace StaticArchive.Cli.Commands;

/// <summary>Arguments of <c>new report|guide|proposal</c>.</summary>
public class NewDocumentSettings : SiteSettingsBase
{
    /// <summary>The agency's folder name.</summary>
    [CommandArgument(0, "<AGENCY>")]
    [Description("机关文件夹名，例如 linzi-gxj")]
    public string Agency { get; init; } = "";

    /// <summary>The year.</summary>
    [CommandArgument(1, "<YEAR>")]
    [Description("年份，例如 2024")]
    public int Year { get; init; }
}

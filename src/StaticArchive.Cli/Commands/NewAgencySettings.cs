using System.ComponentModel;
using Spectre.Console.Cli;

namespace StaticArchive.Cli.Commands;

/// <summary>Arguments of <c>new agency</c>.</summary>
public sealed class NewAgencySettings : SiteSettingsBase
{
    /// <summary>The agency's folder name.</summary>
    [CommandArgument(0, "<SLUG>")]
    [Description("机关文件夹名（小写字母、数字、连字符），例如 linzi-gxj")]
    public string Slug { get; init; } = "";
}

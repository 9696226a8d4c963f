using System.ComponentModel;
using Spectre.Console.Cli;

namespace StaticArchive.Cli.Commands;

/// <summary>Options of <c>build</c>.</summary>
public sealed class BuildSettings : SiteSettingsBase
{
    /// <summary>The output folder.</summary>
    [CommandOption("--output <DIR>")]
    [Description("输出文件夹（默认 ./output）")]
    [DefaultValue("output")]
    public string Output { get; init; } = "output";

    /// <summary>The base URL, absolute or a sub-path.</summary>
    [CommandOption("--base-url <URL>")]
    [Description("网站地址：完整网址（https://example.gov.cn/archive/）或子路径（/archive/），覆盖 site.yml 的 base_url")]
    public string? BaseUrl { get; init; }
}

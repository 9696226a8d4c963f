using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace StaticArchive.Cli.Commands;

/// <summary>Options of <c>check</c>.</summary>
public sealed class CheckSettings : SiteSettingsBase
{
    /// <summary>human or json.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("输出格式：human（默认，按文件分组并显示出错的那一行）或 json（给程序读）")]
    [DefaultValue("human")]
    public string Format { get; init; } = "human";

    /// <summary>Warnings fail too (exit code 2).</summary>
    [CommandOption("--strict")]
    [Description("有警告也算失败（退出码 2）")]
    public bool Strict { get; init; }

    /// <summary>The base URL, for links written with a sub-path.</summary>
    [CommandOption("--base-url <URL>")]
    [Description("网站地址，覆盖 site.yml 的 base_url（检查带子路径的站内链接时用）")]
    public string? BaseUrl { get; init; }

    /// <inheritdoc/>
    public override ValidationResult Validate() =>
        Format is "human" or "json" ? ValidationResult.Success() : ValidationResult.Error("--format 只能是 human 或 json");
}

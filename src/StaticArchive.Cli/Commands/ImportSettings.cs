using System.ComponentModel;
using System.Text.RegularExpressions;
using Spectre.Console;
using Spectre.Console.Cli;

namespace StaticArchive.Cli.Commands;

/// <summary>Options of <c>import</c>.</summary>
public sealed partial class ImportSettings : CommandSettings
{
    /// <summary>Files or folders to import.</summary>
    [CommandArgument(0, "<FILE_OR_FOLDER>")]
    [Description("要导入的文件（.html、.htm、.txt、.pdf、.docx）或文件夹（按路径顺序导入其中全部文件；同一网页有 HTML 和文本时取 HTML）")]
    public string[] Inputs { get; init; } = [];

    /// <summary>The agency's slug.</summary>
    [CommandOption("--agency <SLUG>")]
    [Description("机关文件夹名，如 linzi-gxj（必填）")]
    public string Agency { get; init; } = "";

    /// <summary>The year folder, when the source does not state it.</summary>
    [CommandOption("--year <YEAR>")]
    [Description("年份文件夹；来源未载明年份时必填")]
    public int? Year { get; init; }

    /// <summary>Overrides the detected kind.</summary>
    [CommandOption("--type <TYPE>")]
    [Description("文件类型：annual-report、proposal、guide 或 document（默认自动识别）")]
    public string? Type { get; init; }

    /// <summary>The content folder.</summary>
    [CommandOption("--content <DIR>")]
    [Description("内容文件夹")]
    [DefaultValue("content")]
    public string Content { get; init; } = "content";

    /// <summary>Read and report only.</summary>
    [CommandOption("--dry-run")]
    [Description("只读取和报告，不写任何文件")]
    public bool DryRun { get; init; }

    /// <summary>human or json.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("报告格式：human（默认，按文件分组）或 json（给程序读）")]
    [DefaultValue("human")]
    public string Format { get; init; } = "human";

    /// <summary>Overwrite existing files.</summary>
    [CommandOption("--force")]
    [Description("覆盖已有文件（包括同一来源的上次导入）")]
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

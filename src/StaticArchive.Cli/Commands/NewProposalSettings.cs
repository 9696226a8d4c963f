using System.ComponentModel;
using Spectre.Console.Cli;

namespace StaticArchive.Cli.Commands;

/// <summary>Arguments of <c>new proposal</c>.</summary>
public sealed class NewProposalSettings : NewDocumentSettings
{
    /// <summary>The file name (without .md).</summary>
    [CommandOption("--slug <NAME>")]
    [Description("文件名（不含 .md），例如 npc-42；默认第一个未用的 proposal-N")]
    public string? Slug { get; init; }
}

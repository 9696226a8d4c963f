using Spectre.Console.Cli;
using StaticArchive.Cli.Commands;

namespace StaticArchive.Cli;

/// <summary>The verbs of the tool, in one place so tests run the same configuration as the program.</summary>
public static class CliConfiguration
{
    /// <summary>Registers every command.</summary>
    public static void Configure(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.SetApplicationName("staticarchive");
        config.AddCommand<BuildCommand>("build")
            .WithDescription("把 content/ 构建成静态文库，写入 output/（出错时保留原有 output/）。")
            .WithExample("build")
            .WithExample("build", "--base-url", "/archive/");
    }
}

using Spectre.Console.Cli;
using StaticArchive.Cli.Commands;
using StaticArchive.Cli.Help;

namespace StaticArchive.Cli;

/// <summary>The verbs of the tool, in one place so tests run the same configuration as the program.</summary>
public static class CliConfiguration
{
    /// <summary>Registers every command, described in Chinese.</summary>
    public static void Configure(IConfigurator config) => Configure(config, CliWords.Chinese);

    /// <summary>Registers every command, described in the given words (help headings in their culture too).</summary>
    public static void Configure(IConfigurator config, CliWords words)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(words);
        CliWords.Current = words;
        config.Settings.Culture = words.Culture;
        config.SetApplicationName("staticarchive");
        config.AddCommand<BuildCommand>("build")
            .WithDescription(words.Command("build"))
            .WithExample("build")
            .WithExample("build", "--base-url", "/archive/");
        config.AddCommand<ServeCommand>("serve")
            .WithDescription(words.Command("serve"))
            .WithExample("serve")
            .WithExample("serve", "--port", "8080");
        config.AddCommand<CheckCommand>("check")
            .WithDescription(words.Command("check"))
            .WithExample("check")
            .WithExample("check", "--format", "json", "--strict");
        config.AddCommand<ImportCommand>("import")
            .WithDescription(words.Command("import"))
            .WithExample("import", "page.html", "--agency", "linzi-gxj")
            .WithExample("import", "crawl/", "--agency", "linzi-gxj", "--dry-run");
        config.AddBranch("new", branch =>
        {
            branch.SetDescription(words.Command("new"));
            branch.AddCommand<NewAgencyCommand>("agency").WithDescription(words.Command("agency")).WithExample("new", "agency", "linzi-gxj");
            branch.AddCommand<NewReportCommand>("report").WithDescription(words.Command("report")).WithExample("new", "report", "linzi-gxj", "2024");
            branch.AddCommand<NewGuideCommand>("guide").WithDescription(words.Command("guide")).WithExample("new", "guide", "linzi-gxj", "2024");
            branch.AddCommand<NewProposalCommand>("proposal").WithDescription(words.Command("proposal")).WithExample("new", "proposal", "linzi-gxj", "2024", "--slug", "npc-42");
        });
    }
}

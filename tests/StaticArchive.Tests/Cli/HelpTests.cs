using ApprovalTests;
using ApprovalTests.Reporters;
using Spectre.Console.Cli;
using Spectre.Console.Testing;
using StaticArchive.Cli;
using StaticArchive.Cli.Help;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Cli;

/// <summary>The CLI's help speaks the site's language: Chinese by default, English when site.yml says <c>language: en</c>.</summary>
[UseReporter(typeof(QuietReporter))]
public sealed class HelpTests
{
    [Fact]
    public void Root_help_in_Chinese() => Approvals.Verify(Help(CliWords.Chinese, "--help"));

    [Fact]
    public void Root_help_in_English() => Approvals.Verify(Help(CliWords.English, "--help"));

    [Fact]
    public void Build_help_in_Chinese() => Approvals.Verify(Help(CliWords.Chinese, "build", "--help"));

    [Fact]
    public void Build_help_in_English() => Approvals.Verify(Help(CliWords.English, "build", "--help"));

    [Fact]
    public void Chinese_help_has_no_English_words_of_the_tool()
    {
        var help = Help(CliWords.Chinese, "build", "--help");

        foreach (var english in new[] { "USAGE", "OPTIONS", "Prints help information", "EXAMPLES", "DEFAULT", "Output folder" })
        {
            Assert.DoesNotContain(english, help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_option_and_command_has_words_in_both_languages()
    {
        var zh = Help(CliWords.Chinese, "import", "--help") + Help(CliWords.Chinese, "new", "proposal", "--help") + Help(CliWords.Chinese, "serve", "--help") + Help(CliWords.Chinese, "check", "--help");
        var en = Help(CliWords.English, "import", "--help") + Help(CliWords.English, "new", "proposal", "--help") + Help(CliWords.English, "serve", "--help") + Help(CliWords.English, "check", "--help");

        Assert.Contains("机关文件夹名", zh, StringComparison.Ordinal);
        Assert.Contains("Agency folder name", en, StringComparison.Ordinal);
        Assert.DoesNotContain("机关", en, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("language: en\n", "en")]
    [InlineData("title: 文库\nlanguage: \"en-US\"  # English site\n", "en-US")]
    [InlineData("title: 文库\nlanguage: zh-CN\n", "zh-CN")]
    [InlineData("title: 文库\n", null)]
    public void The_language_comes_from_the_site_yml_that_content_names(string siteYml, string? expected)
    {
        using var site = TempSite.Create("-- content/site.yml --\n" + siteYml);

        Assert.Equal(expected, SiteLanguage.Of(["build", "--content", site.Content]));
        Assert.Equal(expected, SiteLanguage.Of(["build", "--content=" + site.Content]));
    }

    [Fact]
    public void Without_a_site_the_help_is_Chinese() =>
        Assert.Same(CliWords.Chinese, CliWords.For(SiteLanguage.Of(["--help", "--content", "/nonexistent-folder"])));

    private static string Help(CliWords words, params string[] args)
    {
        var console = new TestConsole();
        var app = new CommandApp();
        app.Configure(config =>
        {
            CliConfiguration.Configure(config, words);
            config.ConfigureConsole(console);
        });
        app.Run(args);
        return console.Output;
    }
}

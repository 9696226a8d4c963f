using System.Text.Json;
using Spectre.Console.Cli;
using Spectre.Console.Testing;
using StaticArchive.Cli;

namespace StaticArchive.Tests.Import;

/// <summary>The <c>import</c> verb: the report grouped by document or as JSON, and its exit codes 0, 1 and 2.</summary>
public sealed class ImportCliTests
{
    [Fact]
    public void A_clean_import_exits_0_and_reports_each_table_by_document()
    {
        var content = ImportCorpus.NewContent();
        var (code, output) = Run(["import", ImportCorpus.PathOf("report-2023-state-assets-bureau", "source.html"), "--agency", "pingtan-gzj", "--content", content]);
        Assert.Equal(0, code);
        Assert.Contains("report-2023-state-assets-bureau/source.html", output, StringComparison.Ordinal);
        Assert.Contains("三、收到和处理政府信息公开申请情况：数字 175/175", output, StringComparison.Ordinal);
        Assert.Contains("content/pingtan-gzj/2023/annual-report.yml", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(content, "pingtan-gzj", "2023", "annual-report.md")));
    }

    [Fact]
    public void Something_that_needs_a_human_look_exits_2_and_json_says_what()
    {
        var content = ImportCorpus.NewContent();
        var (code, output) = Run(["import", ImportCorpus.PathOf("report-2023-state-assets-bureau", "source.txt"), "--agency", "pingtan-gzj", "--content", content, "--format", "json", "--dry-run"]);
        Assert.Equal(2, code);
        using var json = JsonDocument.Parse(output);
        var document = json.RootElement.GetProperty("documents")[0];
        Assert.Equal("would-import", document.GetProperty("outcome").GetString());
        var ambiguous = document.GetProperty("tables")[0].GetProperty("ambiguous");
        Assert.Equal("table2.normative_documents.issued", ambiguous[0].GetProperty("cell").GetString());
        Assert.Equal(["6", "61"], ambiguous[0].GetProperty("candidates").EnumerateArray().Select(c => c.GetString()));
        Assert.Empty(Directory.GetFiles(content, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_missing_input_exits_1()
    {
        var (code, output) = Run(["import", "/nonexistent/page.html", "--agency", "pingtan", "--content", ImportCorpus.NewContent()]);
        Assert.Equal(1, code);
        Assert.Contains("找不到文件或文件夹", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_agency_is_required_and_must_be_a_slug()
    {
        var (code, output) = Run(["import", ImportCorpus.PathOf("seed", "linzi-gxj-2023-annual-report.txt"), "--agency", "临淄"]);
        Assert.NotEqual(0, code);
        Assert.Contains("--agency", output, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output) Run(string[] args)
    {
        var console = new TestConsole();
        console.Profile.Width = 200;
        var app = new CommandApp();
        app.Configure(config =>
        {
            CliConfiguration.Configure(config);
            config.ConfigureConsole(console);
        });
        var code = app.Run(args);
        return (code, console.Output);
    }
}

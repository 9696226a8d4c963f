using System.Text.Json;
using Spectre.Console.Cli;
using Spectre.Console.Testing;
using StaticArchive.Cli;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Cli;

/// <summary>The verbs run in-process through Spectre's tester, on a site in a temporary folder.</summary>
public sealed class CliTests
{
    [Fact]
    public void Check_human_output_groups_by_file_and_shows_the_line()
    {
        using var site = TempSite.Create(Sites.Small + "\n-- content/zibo-zfb/2023/links.md --\n---\ntitle: 链接\ntype: document\ndate: 2023-05-01\n---\n[坏](/nowhere/)\n");

        var result = Run(["check", "--content", site.Content, "--theme", site.PathOf("theme")]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("content/zibo-zfb/2023/links.md", result.Output, StringComparison.Ordinal);
        Assert.Contains("error SA5001", result.Output, StringComparison.Ordinal);
        Assert.Contains("[坏](/nowhere/)", result.Output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.PathOf("output")));
    }

    [Fact]
    public void Check_json_output_is_parseable_and_exit_codes_follow_strict()
    {
        using var site = TempSite.Create(Sites.Minimal + "\n-- content/linzi-gxj/2023/orphan.xlsx --\nX\n");

        var plain = Run(["check", "--content", site.Content, "--format", "json"]);
        var strict = Run(["check", "--content", site.Content, "--format", "json", "--strict"]);

        Assert.Equal(0, plain.ExitCode);
        Assert.Equal(2, strict.ExitCode);
        using var json = JsonDocument.Parse(plain.Output);
        Assert.Equal(1, json.RootElement.GetProperty("warnings").GetInt32());
        Assert.Equal("SA5005", json.RootElement.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        Assert.Equal("content/linzi-gxj/2023/orphan.xlsx", json.RootElement.GetProperty("diagnostics")[0].GetProperty("file").GetString());
    }

    [Fact]
    public void Check_json_stays_json_on_input_that_used_to_crash_the_build()
    {
        using var site = TempSite.Create(Sites.Minimal + "\n-- content/linzi-gxj/2023/index.html --\n<p>x</p>\n");
        var report = site.PathOf("content/linzi-gxj/2023/annual-report.md");
        File.WriteAllText(report, File.ReadAllText(report).Replace("index_no:", "attachments: [index.html]\nindex_no:", StringComparison.Ordinal));

        var result = Run(["check", "--content", site.Content, "--format", "json"]);

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Contains(
            json.RootElement.GetProperty("diagnostics").EnumerateArray(),
            d => d.GetProperty("code").GetString() == StaticArchive.Core.DiagnosticCodes.AttachmentNameTaken && d.GetProperty("file").GetString() == "content/linzi-gxj/2023/annual-report.md");
    }

    [Fact]
    public void Build_lists_the_first_warnings_of_a_code_and_counts_the_rest()
    {
        var orphans = string.Concat(Enumerable.Range(1, DiagnosticPrinter.WarningsPerCode + 3).Select(i => $"\n-- content/linzi-gxj/2023/orphan-{i:D2}.xlsx --\nX\n"));
        using var site = TempSite.Create(Sites.Minimal + orphans);

        var result = Run(["build", "--content", site.Content, "--theme", site.PathOf("theme"), "--output", site.PathOf("output")]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"orphan-{DiagnosticPrinter.WarningsPerCode:D2}.xlsx", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain($"orphan-{DiagnosticPrinter.WarningsPerCode + 1:D2}.xlsx", result.Output, StringComparison.Ordinal);
        Assert.Contains("另有 3 个 SA5005 警告没有列出", result.Output, StringComparison.Ordinal);
        Assert.Contains("23 个警告", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_sums_up_the_output_the_first_time_and_when_nothing_changed()
    {
        using var site = TempSite.Create(Sites.Minimal);
        string[] args = ["build", "--content", site.Content, "--theme", site.PathOf("theme"), "--output", site.PathOf("output")];

        var first = Run(args);
        var again = Run(args);

        var files = Directory.GetFiles(site.PathOf("output"), "*", SearchOption.AllDirectories).Select(f => new FileInfo(f)).ToList();
        var largest = files.OrderByDescending(f => f.Length).ThenBy(f => Path.GetRelativePath(site.PathOf("output"), f.FullName).Replace('\\', '/'), StringComparer.Ordinal).First();
        var expected = files.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " 个文件，共 ";
        var named = $"最大的文件是 {Path.GetRelativePath(site.PathOf("output"), largest.FullName).Replace('\\', '/')}（";
        Assert.Contains("构建完成", first.Output, StringComparison.Ordinal);
        Assert.Contains("无需构建", again.Output, StringComparison.Ordinal);
        foreach (var output in new[] { first.Output, again.Output })
        {
            Assert.Contains(expected, output.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains(named, output.Replace("\n", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void New_creates_files_then_refuses_to_overwrite_them()
    {
        using var site = TempSite.Create(Sites.Minimal);

        var first = Run(["new", "report", "linzi-gxj", "2024", "--content", site.Content, "--theme", site.PathOf("theme")]);
        var second = Run(["new", "report", "linzi-gxj", "2024", "--content", site.Content, "--theme", site.PathOf("theme")]);

        Assert.Equal(0, first.ExitCode);
        Assert.True(File.Exists(site.PathOf("content/linzi-gxj/2024/annual-report.yml")));
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("已存在", second.Output, StringComparison.Ordinal);
        Assert.Equal(0, Run(["check", "--content", site.Content]).ExitCode);
    }

    [Fact]
    public void Build_does_not_publish_a_new_skeleton_and_says_so_in_its_summary()
    {
        using var site = TempSite.Create(Sites.Minimal);
        Assert.Equal(0, Run(["new", "report", "linzi-gxj", "2024", "--content", site.Content, "--theme", site.PathOf("theme")]).ExitCode);

        var build = Run(["build", "--content", site.Content, "--theme", site.PathOf("theme"), "--output", site.PathOf("output")]);

        Assert.Equal(0, build.ExitCode);
        Assert.True(File.Exists(site.PathOf("output/linzi-gxj/2023/annual-report/index.html")));
        Assert.False(Directory.Exists(site.PathOf("output/linzi-gxj/2024")));
        Assert.DoesNotContain("2024年政府信息公开工作年度报告", File.ReadAllText(site.PathOf("output/linzi-gxj/index.html")), StringComparison.Ordinal);
        Assert.Contains("annual-report.md:5:1: warning SA1023", build.Output, StringComparison.Ordinal);
        Assert.Contains("其中 1 篇是草稿，未发布", build.Output, StringComparison.Ordinal);
    }

    private static (int ExitCode, string Output) Run(string[] args)
    {
        var console = new TestConsole();
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

using System.Diagnostics;
using System.Security.Cryptography;
using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.IO;
using StaticArchive.Tests.Support;
using Xunit.Abstractions;

namespace StaticArchive.Tests.Output;

/// <summary>
/// A reader never sees half a site: a build stopped at any point, by a kill or otherwise, leaves output/ entirely
/// the old site or entirely the new one, and the next build still makes exactly the right site.
/// </summary>
public sealed class InterruptedBuildTests(ITestOutputHelper log)
{
    // Two versions of one archive: every page differs (the site's title) and each has a document the other lacks.
    private static readonly (string Path, string? Text)[] VersionB =
    [
        ("content/site.yml", "title: 改名后的文库\nbase_url: https://archive.example.gov.cn/\n"),
        ("content/zibo-zfb/2023/work-plan.md", null),
        ("content/zibo-zfb/2023/new-plan.md", "---\ntitle: 新的工作要点\ntype: document\ndate: 2023-05-01\n---\n新正文。\n"),
    ];

    [Fact]
    public void A_build_stopped_before_any_one_of_its_changes_to_the_disk_leaves_the_old_site_or_the_new()
    {
        using var site = TempSite.Create(Sites.Small);
        var (a, b) = Versions(site);
        var options = Options(site);
        var outcomes = new Dictionary<string, int> { ["old"] = 0, ["new"] = 0 };
        var tried = 0;

        // A stopped build leaves staged files that the next one need not write again, so the count of changes can
        // drop past the few after the swap; then the sweep goes on from the other version, near the end.
        for (int round = 0, start = 1; round < 4 && (round == 0 || outcomes["new"] == 0); round++)
        {
            for (var stop = start; ; stop++)
            {
                var before = Tree(site.PathOf("output"));
                var target = before == a.Tree ? b : a;
                target.Apply();
                var files = new StoppingFileSystem(PhysicalFileSystem.Instance, stop);
                BuildResult? result = null;
                var completed = Run(() => result = new SiteBuilder(files).Build(options));

                var after = Tree(site.PathOf("output"));
                Assert.True(after == before || after == target.Tree, $"stopped before change {stop}: output/ is neither the old site nor the new one");
                if (completed)
                {
                    Assert.True(result!.Succeeded, string.Join('\n', result.Diagnostics));
                    Assert.True(target.Tree == after, "the completed build's output differs from the reference: " + Difference(target.Tree, after));
                    start = Math.Max(1, files.Changes - 8);
                    break;
                }

                tried++;
                outcomes[after == before ? "old" : "new"]++;
                Assert.True(stop < 5_000, "the build never completes");
            }
        }

        log.WriteLine($"stopped {tried} builds, one before each change to the disk: output/ was the old site {outcomes["old"]} times, the new one {outcomes["new"]} times");
        Assert.True(tried > 20, "too few points to say anything");
        Assert.True(outcomes["new"] > 0, "no build got as far as replacing the output");
    }

    [Fact]
    public void A_build_process_killed_at_many_moments_leaves_the_old_site_or_the_new()
    {
        using var site = TempSite.Create(Sites.Small);
        var (a, b) = Versions(site);
        b.Apply();
        var clock = Stopwatch.StartNew();
        Assert.Equal(0, Cli(site, kill: null).ExitCode);
        var whole = clock.Elapsed;
        Assert.True(b.Tree == Tree(site.PathOf("output")), "the CLI's output differs from the reference: " + Difference(b.Tree, Tree(site.PathOf("output"))));
        const int Kills = 12;
        var outcomes = new int[2];
        for (var i = 0; i < Kills; i++)
        {
            var before = Tree(site.PathOf("output"));
            var target = before == a.Tree ? b : a;
            target.Apply();

            // From a fifth of an uninterrupted build's time to past its end, where the output is replaced.
            var (code, _) = Cli(site, kill: whole * (0.2 + (1.1 * i / (Kills - 1))));

            var after = Tree(site.PathOf("output"));
            Assert.True(after == before || after == target.Tree, $"killed at {i + 1}/{Kills} (exit {code}): output/ is neither the old site nor the new one");
            outcomes[after == before ? 0 : 1]++;
        }

        log.WriteLine($"killed {Kills} build processes (an uninterrupted one took {whole.TotalSeconds:0.0} s): output/ was the old site {outcomes[0]} times, the new one {outcomes[1]} times");
        var final = Tree(site.PathOf("output")) == a.Tree ? b : a;
        final.Apply();
        Assert.Equal(0, Cli(site, kill: null).ExitCode);
        Assert.Equal(final.Tree, Tree(site.PathOf("output")));
    }

    [Fact]
    public void A_cache_that_cannot_be_written_fails_the_build_before_the_output_is_touched()
    {
        using var site = TempSite.Create(Sites.Small);
        var options = Options(site);
        Assert.True(new SiteBuilder(PhysicalFileSystem.Instance).Build(options).Succeeded);
        var before = Tree(site.PathOf("output"));
        Directory.Delete(site.PathOf(".staticarchive-cache"), recursive: true);
        File.WriteAllText(site.PathOf(".staticarchive-cache"), "a file where the cache folder goes");
        site.Write("content/site.yml", "title: 改名后的文库\n");

        var result = new SiteBuilder(PhysicalFileSystem.Instance).Build(options);

        Assert.False(result.Succeeded);
        var d = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.CacheNotWritable);
        Assert.StartsWith(".staticarchive-cache/", d.File, StringComparison.Ordinal);
        Assert.Equal(before, Tree(site.PathOf("output")));
    }

    private static BuildOptions Options(TempSite site) => new(site.Content, site.PathOf("theme"), site.PathOf("output"));

    // Each version's content, and the site an uninterrupted build of it makes (built once in a folder of its own).
    private static (Version A, Version B) Versions(TempSite site)
    {
        var original = VersionB.Select(f => (f.Path, Text: File.Exists(site.PathOf(f.Path)) ? File.ReadAllText(site.PathOf(f.Path)) : null)).ToArray();
        var a = new Version(site, original);
        var b = new Version(site, VersionB);
        foreach (var version in new[] { b, a })
        {
            version.Apply();
            var folder = site.PathOf("reference");
            Assert.True(new SiteBuilder(PhysicalFileSystem.Instance).Build(new BuildOptions(site.Content, site.PathOf("theme"), folder)).Succeeded);
            version.Tree = Tree(folder);
            foreach (var leftover in new[] { folder, folder + ".staging" }.Where(Directory.Exists))
            {
                Directory.Delete(leftover, recursive: true);
            }
        }

        Assert.True(new SiteBuilder(PhysicalFileSystem.Instance).Build(Options(site)).Succeeded);
        Assert.Equal(a.Tree, Tree(site.PathOf("output")));
        return (a, b);
    }

    private static bool Run(Action build)
    {
        try
        {
            build();
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (AggregateException e) when (e.Flatten().InnerExceptions.All(x => x is OperationCanceledException))
        {
            return false;
        }
    }

    // The CLI as a child process, killed (SIGKILL) after the given time unless it ends first.
    private static (int ExitCode, string Output) Cli(TempSite site, TimeSpan? kill)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = site.Root };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "StaticArchive.Cli.dll"), "build", "--content", site.Content, "--theme", site.PathOf("theme"), "--output", site.PathOf("output") })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (kill is { } after && !process.WaitForExit(after))
        {
            process.Kill(); // SIGKILL on Unix
        }

        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(5)), "the build did not end");
        return (process.ExitCode, output.Result + errors.Result);
    }

    // Every file's path and content hash; null when there is no folder.
    private static string? Tree(string folder) =>
        !Directory.Exists(folder) ? null : string.Join('\n', Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/') + " " + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))
            .Order(StringComparer.Ordinal));

    private static string Difference(string? expected, string? actual)
    {
        var a = (expected ?? "").Split('\n').ToHashSet(StringComparer.Ordinal);
        var b = (actual ?? "").Split('\n').ToHashSet(StringComparer.Ordinal);
        return "missing " + string.Join(", ", a.Except(b).Take(5)) + "; unexpected " + string.Join(", ", b.Except(a).Take(5));
    }

    private sealed class Version(TempSite site, (string Path, string? Text)[] files)
    {
        public string? Tree { get; set; }

        public void Apply()
        {
            foreach (var (path, text) in files)
            {
                if (text is null)
                {
                    File.Delete(site.PathOf(path));
                }
                else
                {
                    site.Write(path, text);
                }
            }
        }
    }
}

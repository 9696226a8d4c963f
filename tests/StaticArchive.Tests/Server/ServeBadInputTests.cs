using System.Runtime.InteropServices;
using StaticArchive.Core;
using StaticArchive.Server;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Server;

/// <summary>
/// <c>serve</c> never dies on content: each bad input saved while the rebuild loop watches fails that rebuild
/// with its diagnostic (what the error overlay shows), the last good site stays, and repairing it builds again.
/// </summary>
public sealed class ServeBadInputTests
{
    // A hang guard, not a timing: a rebuild that blocks (a FIFO read) never gets there.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    private const string Report = "content/linzi-gxj/2023/annual-report.md";

    [Fact]
    public async Task Each_bad_input_fails_its_rebuild_with_a_diagnostic_and_the_last_good_site_stays()
    {
        using var site = TempSite.Create(Sites.Small);
        var outside = Directory.CreateTempSubdirectory("sa-outside-").FullName;
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "secret");
        using var rebuilder = new SiteRebuilder(new BuildOptions(site.Content, site.PathOf("theme"), site.PathOf(".out"), "/"));
        Assert.True(rebuilder.Build().Succeeded);
        var home = File.ReadAllText(site.PathOf(".out/index.html"));
        var report = File.ReadAllText(site.PathOf(Report));
        rebuilder.Watch(TimeSpan.FromMilliseconds(100));

        var cases = new (string Name, Action Break, string File, string Code)[]
        {
            ("attachment named index.html", () => { site.Write("content/linzi-gxj/2023/index.html", "<p>x</p>"); site.Write(Report, WithAttachment(report, "index.html")); }, Report, DiagnosticCodes.AttachmentNameTaken),
            ("folder linked out", () => Directory.CreateSymbolicLink(site.PathOf("content/linzi-gxj/2021"), outside), "content/linzi-gxj/2021", DiagnosticCodes.PathEscapes),
            ("YAML nested too deep", () => site.Write("content/linzi-gxj/2023/deep.md", "---\ntitle: " + new string('[', 5000) + "\n---\n"), "content/linzi-gxj/2023/deep.md", DiagnosticCodes.YamlTooLarge),
            ("FIFO as a document", () => Assert.Equal(0, MkFifo(site.PathOf("content/linzi-gxj/2023/pipe.md"), 420)), "content/linzi-gxj/2023/pipe.md", DiagnosticCodes.NotAFile),
        };
        foreach (var (name, breakIt, file, code) in cases)
        {
            var before = rebuilder.Generation;
            breakIt();

            // A rebuild may start while a file is half written; the one after the last write reports the input.
            var reported = await Eventually(() => rebuilder.Generation > before && rebuilder.Failure.Any(d => d.Code == code && d.File == file));
            Assert.True(reported, $"{name}: no rebuild reported {code} at {file} (the loop died or hung); last failure:\n{string.Join('\n', rebuilder.Failure)}");
            Assert.Equal(home, File.ReadAllText(site.PathOf(".out/index.html")));

            Repair(site, report);
            Assert.True(await Eventually(() => rebuilder.Failure.Count == 0), $"{name}: repaired, but the rebuild still fails:\n{string.Join('\n', rebuilder.Failure)}");
        }

        Directory.Delete(outside, recursive: true);
    }

    private static void Repair(TempSite site, string report)
    {
        site.Write(Report, report);
        foreach (var path in new[] { "content/linzi-gxj/2023/index.html", "content/linzi-gxj/2023/deep.md", "content/linzi-gxj/2023/pipe.md", "content/linzi-gxj/2021" })
        {
            File.Delete(site.PathOf(path)); // a link to a folder is a file entry: deleting it leaves the folder
        }
    }

    private static string WithAttachment(string document, string file) =>
        document.Replace("index_no:", $"attachments:\n  - file: {file}\n    title: 附件\nindex_no:", StringComparison.Ordinal);

    private static async Task<bool> Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + HangGuard;
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
    private static extern int MkFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);
}

using System.Runtime.InteropServices;
using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.IO;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Content;

/// <summary>
/// The build reads nothing outside content/ and theme/: a link whose real path is elsewhere, a link to a folder
/// and anything that is not a plain file (a FIFO would block the read forever) are refused, each named.
/// </summary>
public sealed class LinkedFilesTests : IDisposable
{
    private const string Secret = "机密：不应出现在网站上";
    private readonly TempSite _site = TempSite.Create(Sites.Minimal);
    private readonly string _outside = Path.Combine(Path.GetTempPath(), "sa-outside-" + Guid.NewGuid().ToString("N")[..12]);

    public LinkedFilesTests()
    {
        Directory.CreateDirectory(Path.Combine(_outside, "2023"));
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(_outside, "site.yml"), "title: " + Secret + "\n");
        File.WriteAllText(Path.Combine(_outside, "_agency.yml"), "name: " + Secret + "\n");
        File.WriteAllText(Path.Combine(_outside, "2023", "leak.md"), "---\ntitle: " + Secret + "\ntype: document\ndate: 2023-01-01\n---\n" + Secret + "\n");
    }

    [Fact]
    public void A_linked_agency_folder_is_refused_and_named()
    {
        Directory.CreateSymbolicLink(_site.PathOf("content/evil"), _outside);

        var result = Build();

        AssertRefused(result, DiagnosticCodes.PathEscapes, "content/evil");
    }

    [Fact]
    public void A_linked_year_folder_is_refused_and_named()
    {
        Directory.CreateSymbolicLink(_site.PathOf("content/linzi-gxj/2022"), Path.Combine(_outside, "2023"));

        var result = Build();

        AssertRefused(result, DiagnosticCodes.PathEscapes, "content/linzi-gxj/2022");
    }

    [Fact]
    public void An_attachment_under_a_linked_folder_is_not_copied()
    {
        Directory.CreateSymbolicLink(_site.PathOf("content/linzi-gxj/2023/files"), _outside);
        Attach("files/secret.txt");

        var result = Build();

        AssertRefused(result, DiagnosticCodes.PathEscapes, "content/linzi-gxj/2023/files");
    }

    [Fact]
    public void A_linked_site_yml_is_refused_and_named()
    {
        File.Delete(_site.PathOf("content/site.yml"));
        File.CreateSymbolicLink(_site.PathOf("content/site.yml"), Path.Combine(_outside, "site.yml"));

        var result = Build();

        AssertRefused(result, DiagnosticCodes.PathEscapes, "content/site.yml");
    }

    [Fact]
    public void A_linked_agency_yml_is_refused_and_named()
    {
        File.Delete(_site.PathOf("content/linzi-gxj/_agency.yml"));
        File.CreateSymbolicLink(_site.PathOf("content/linzi-gxj/_agency.yml"), Path.Combine(_outside, "_agency.yml"));

        var result = Build();

        AssertRefused(result, DiagnosticCodes.PathEscapes, "content/linzi-gxj/_agency.yml");
    }

    [Fact]
    public void A_linked_theme_file_is_refused_and_named()
    {
        Directory.CreateDirectory(_site.PathOf("theme/static"));
        File.CreateSymbolicLink(_site.PathOf("theme/static/robots-extra.txt"), Path.Combine(_outside, "secret.txt"));

        var result = Build();

        AssertRefused(result, DiagnosticCodes.PathEscapes, "theme/static/robots-extra.txt");
    }

    [Fact]
    public void A_link_that_stays_inside_content_is_read()
    {
        File.WriteAllText(_site.PathOf("content/linzi-gxj/2023/plan.csv"), "a,b\n");
        File.CreateSymbolicLink(_site.PathOf("content/linzi-gxj/2023/plan-copy.csv"), "plan.csv");
        Attach("plan-copy.csv");

        var result = Build();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal("a,b\n", File.ReadAllText(_site.PathOf("output/linzi-gxj/2023/annual-report/plan-copy.csv")));
    }

    [Fact]
    public void A_fifo_as_a_document_is_refused_without_hanging()
    {
        MakeFifo("content/linzi-gxj/2023/pipe.md");

        var result = Build();

        AssertRefused(result, DiagnosticCodes.NotAFile, "content/linzi-gxj/2023/pipe.md");
    }

    [Fact]
    public void A_fifo_as_an_attachment_is_refused_without_hanging()
    {
        MakeFifo("content/linzi-gxj/2023/pipe.csv");
        Attach("pipe.csv");

        var result = Build();

        AssertRefused(result, DiagnosticCodes.NotAFile, "content/linzi-gxj/2023/pipe.csv");
    }

    [Fact]
    public void A_fifo_in_the_theme_is_refused_without_hanging()
    {
        MakeFifo("theme/static/pipe.txt");

        var result = Build();

        AssertRefused(result, DiagnosticCodes.NotAFile, "theme/static/pipe.txt");
    }

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_outside, recursive: true);
    }

    private void Attach(string file)
    {
        var path = _site.PathOf("content/linzi-gxj/2023/annual-report.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("index_no:", $"attachments:\n  - file: {file}\n    title: 附件\nindex_no:", StringComparison.Ordinal));
    }

    private void MakeFifo(string relative)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_site.PathOf(relative))!);
        Assert.Equal(0, NativeFifo.Make(_site.PathOf(relative)));
    }

    // A build that hangs (a read blocked on a FIFO) fails here instead of stopping the test run.
    private BuildResult Build()
    {
        var options = new BuildOptions(_site.Content, _site.PathOf("theme"), _site.PathOf("output"));
        var build = Task.Run(() => new SiteBuilder(PhysicalFileSystem.Instance).Build(options));
        Assert.True(build.Wait(TimeSpan.FromMinutes(3)), "the build did not finish: a read blocked");
        return build.Result;
    }

    private void AssertRefused(BuildResult result, string code, string location)
    {
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.File == location && d.Severity == Severity.Error && d.Hint.Length > 0);
        Assert.False(Directory.Exists(_site.PathOf("output")), "a refused input must fail the build before any output");
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains(Secret, StringComparison.Ordinal));
    }

    private static class NativeFifo
    {
        [DllImport("libc", EntryPoint = "mkfifo", SetLastError = true)]
        private static extern int MkFifo([MarshalAs(UnmanagedType.LPUTF8Str)] string path, uint mode);

        public static int Make(string path) => MkFifo(path, Convert.ToUInt32("644", 8));
    }
}

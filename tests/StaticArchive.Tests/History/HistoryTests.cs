using System.Diagnostics;
using StaticArchive.Build;
using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.History;
using StaticArchive.IO;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.History;

/// <summary>更新记录 from git (one real repository) and from a fake history.</summary>
public sealed class HistoryTests
{
    [Fact]
    public void Readers_see_the_change_notes_editors_wrote_with_their_dates_never_the_commit_messages()
    {
        using var site = TempSite.Create(Sites.Minimal);
        Git(site.Root, "init", "-q");
        var doc = "content/linzi-gxj/2023/annual-report.md";
        Commit(site, "2024-01-20T10:00:00", "content: import linzi-gxj 2023");
        site.Write(doc, File.ReadAllText(site.PathOf(doc)) + "\n补充一段。\n");
        Commit(site, "2024-02-03T10:00:00", "content: add overview", "Reviewed in the weekly meeting.\n\n更新说明：补充了总体情况一节。");
        site.Write(doc, File.ReadAllText(site.PathOf(doc)) + "\n更正数字。\n");
        Commit(site, "2024-03-15T10:00:00", "fix table3 typo", "Change-Note: 更正表三中一处数字。");

        // The CLI's way: read in the background, waited for when the build first asks.
        var history = GitHistory.LoadInBackground(site.Content);
        Assert.Equal(GitHistory.Load(site.Content).Fingerprint, history.Fingerprint);
        var result = new SiteBuilder(PhysicalFileSystem.Instance) { History = history }
            .Build(new BuildOptions(site.Content, site.PathOf("theme"), site.PathOf("output")));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var html = File.ReadAllText(site.PathOf("output/linzi-gxj/2023/annual-report/index.html"));
        Assert.Contains("更新记录", html, StringComparison.Ordinal);
        Assert.Contains("本站最后更新：<time datetime=\"2024-03-15\">2024-03-15</time>", html, StringComparison.Ordinal);
        var newest = html.IndexOf("2024-03-15</time> 更正表三中一处数字。</li>", StringComparison.Ordinal);
        var middle = html.IndexOf("2024-02-03</time> 补充了总体情况一节。</li>", StringComparison.Ordinal);
        var oldest = html.IndexOf("2024-01-20</time></li>", StringComparison.Ordinal);
        Assert.True(newest > 0 && middle > newest && oldest > middle, html);
        foreach (var editorsWords in new[] { "content:", "fix table3", "Reviewed", "Change-Note", "更新说明：" })
        {
            Assert.DoesNotContain(editorsWords, html, StringComparison.Ordinal);
        }

        Assert.Contains("<lastmod>2024-03-15</lastmod>", File.ReadAllText(site.PathOf("output/sitemap.xml")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("只改了错字", null)]
    [InlineData("fix\n\n更新说明：更正表三数字。", "更正表三数字。")]
    [InlineData("fix\n\n更新说明: 更正表三数字。", "更正表三数字。")]
    [InlineData("fix\n\nchange-note:  更正附件名称。", "更正附件名称。")]
    [InlineData("fix\n\n更新说明：补充总体情况。\n更新说明：更正表三数字。\nSigned-off-by: 编辑 <e@example.cn>", "补充总体情况。 更正表三数字。")]
    [InlineData("fix\n\n更新说明：", null)]
    public void A_change_note_is_the_更新说明_lines_of_a_commit_message(string message, string? note) =>
        Assert.Equal(note, ChangeNote.From(message));

    [Fact]
    public void A_day_of_changes_without_notes_shows_its_date_once_and_a_noted_day_only_its_notes()
    {
        var history = new FakeHistory(
            new Revision(new DateOnly(2024, 5, 6), "typo"),
            new Revision(new DateOnly(2024, 5, 6), "typo again"),
            new Revision(new DateOnly(2024, 4, 1), "table", "更正表三数字。"),
            new Revision(new DateOnly(2024, 4, 1), "format"),
            new Revision(new DateOnly(2024, 1, 20), "import"));
        var files = new MemoryFileSystem();
        SiteTest.Write(files, Sites.Minimal);
        new SiteBuilder(files) { History = history }.Build(new BuildOptions("/site/content", "/site/theme", "/site/output"));
        var html = System.Text.Encoding.UTF8.GetString(files.ReadAllBytes("/site/output/linzi-gxj/2023/annual-report/index.html"));

        var list = html[html.IndexOf("<ul class=\"history-list\">", StringComparison.Ordinal)..];
        list = list[..list.IndexOf("</ul>", StringComparison.Ordinal)];
        Assert.Equal(
            "<ul class=\"history-list\"><li><time datetime=\"2024-05-06\">2024-05-06</time></li><li><time datetime=\"2024-04-01\">2024-04-01</time> 更正表三数字。</li><li><time datetime=\"2024-01-20\">2024-01-20</time></li>",
            list);
    }

    [Fact]
    public void Outside_git_there_is_no_history_and_the_build_still_works()
    {
        using var site = TempSite.Create(Sites.Minimal);
        Assert.Equal(0, GitHistory.Load(site.Content).Count);
    }

    [Fact]
    public void A_shallow_clone_has_no_history_because_its_oldest_commit_would_look_like_every_files_creation()
    {
        using var site = TempSite.Create(Sites.Minimal);
        Git(site.Root, "init", "-q");
        Commit(site, "2024-01-20T10:00:00", "首次发布");
        site.Write("content/linzi-gxj/2023/extra.txt", "更正");
        Commit(site, "2024-02-03T10:00:00", "补充");
        Assert.NotEqual(0, GitHistory.Load(site.Content).Count);

        var clone = site.PathOf("shallow");
        Git(site.Root, "clone", "-q", "--depth", "1", "file://" + site.Root, clone);

        Assert.Equal(0, GitHistory.Load(Path.Combine(clone, "content")).Count);
    }

    [Fact]
    public void A_fake_history_drives_the_page_and_the_sitemap()
    {
        var history = new FakeHistory(new Revision(new DateOnly(2024, 5, 6), "修订"));
        var files = new MemoryFileSystem();
        SiteTest.Write(files, Sites.Minimal);
        new SiteBuilder(files) { History = history }.Build(new BuildOptions("/site/content", "/site/theme", "/site/output"));

        Assert.Contains("2024-05-06</time></li>", System.Text.Encoding.UTF8.GetString(files.ReadAllBytes("/site/output/linzi-gxj/2023/annual-report/index.html")), StringComparison.Ordinal);
        Assert.Contains("<lastmod>2024-05-06</lastmod>", System.Text.Encoding.UTF8.GetString(files.ReadAllBytes("/site/output/sitemap.xml")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://github.com/org/archive", "https://github.com/org/archive/blob/HEAD/content/a/2023/proposals/npc-1.md")]
    [InlineData("https://gitee.com/org/archive.git", "https://gitee.com/org/archive/blob/master/content/a/2023/proposals/npc-1.md")]
    [InlineData("https://gitlab.example.cn/org/archive/", "https://gitlab.example.cn/org/archive/-/blob/HEAD/content/a/2023/proposals/npc-1.md")]
    public void Source_links_point_at_the_real_file(string repository, string expected)
    {
        var document = new Document
        {
            AgencySlug = "a",
            Year = 2023,
            Slug = "npc-1",
            Url = "a/2023/npc-1/",
            SourcePath = "/x/content/a/2023/proposals/npc-1.md",
            DisplayPath = "content/a/2023/proposals/npc-1.md",
            Title = "t",
            Type = "proposal",
            Date = new DateOnly(2023, 1, 1),
        };
        Assert.Equal(expected, SourceLink.For(repository, document));
    }

    private static void Commit(TempSite site, string date, string subject, string? body = null)
    {
        Git(site.Root, ["add", "-A"], null);
        string[] message = body is null ? ["-m", subject] : ["-m", subject, "-m", body];
        Git(site.Root, ["-c", "user.name=编辑", "-c", "user.email=e@example.cn", "-c", "commit.gpgsign=false", "commit", "-q", .. message, "--date", date], date);
    }

    private static void Git(string directory, params string[] args) => Git(directory, args, null);

    private static void Git(string directory, string[] args, string? date)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (date is not null)
        {
            start.Environment["GIT_COMMITTER_DATE"] = date;
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
    }

    private sealed class FakeHistory(params Revision[] revisions) : IDocumentHistory
    {
        public IReadOnlyList<Revision> Revisions(Document document) => revisions;

        public DateOnly? LastUpdated(Document document) => revisions.Length > 0 ? revisions[0].Date : null;
    }
}

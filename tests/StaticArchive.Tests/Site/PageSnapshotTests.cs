using System.Text.RegularExpressions;
using ApprovalTests;
using ApprovalTests.Reporters;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Site;

/// <summary>Whole-page snapshots: a change to the markup shows up as a reviewable diff of the approved file.</summary>
[UseReporter(typeof(QuietReporter))]
public sealed partial class PageSnapshotTests
{
    private static readonly Lazy<SiteTest> Built = new(() => SiteTest.Build(Sites.Small).AssertSucceeded());

    [Fact]
    public void Home_page() => Approvals.Verify(Page("output/index.html"));

    [Fact]
    public void Agency_page() => Approvals.Verify(Page("output/linzi-gxj/index.html"));

    [Fact]
    public void Report_page() => Approvals.Verify(Page("output/linzi-gxj/2023/annual-report/index.html"));

    // The assets' hashes change with every edit of the theme's CSS or JS, which is not a change to the markup
    // (AssetFingerprintTests checks them).
    private static string Page(string path) =>
        Integrity().Replace(Fingerprint().Replace(Built.Value.Read(path), ".HASH.$1"), "sha384-HASH");

    [GeneratedRegex(@"\.[0-9a-f]{8}\.(css|js)\b")]
    private static partial Regex Fingerprint();

    [GeneratedRegex(@"sha384-[A-Za-z0-9+/=]{64}")]
    private static partial Regex Integrity();
}

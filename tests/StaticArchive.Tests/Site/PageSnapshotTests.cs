using ApprovalTests;
using ApprovalTests.Reporters;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Site;

/// <summary>Whole-page snapshots: a change to the markup shows up as a reviewable diff of the approved file.</summary>
[UseReporter(typeof(QuietReporter))]
public sealed class PageSnapshotTests
{
    private static readonly Lazy<SiteTest> Built = new(() => SiteTest.Build(Sites.Small).AssertSucceeded());

    [Fact]
    public void Home_page() => Approvals.Verify(Built.Value.Read("output/index.html"));

    [Fact]
    public void Agency_page() => Approvals.Verify(Built.Value.Read("output/linzi-gxj/index.html"));

    [Fact]
    public void Report_page() => Approvals.Verify(Built.Value.Read("output/linzi-gxj/2023/annual-report/index.html"));
}

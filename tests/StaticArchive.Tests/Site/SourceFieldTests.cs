using StaticArchive.Core;
using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Site;

/// <summary>The provenance field <c>source: {url, retrieved, format, note}</c> that <c>import</c> writes is accepted.</summary>
public sealed class SourceFieldTests
{
    [Fact]
    public void Source_in_front_matter_builds_without_an_unknown_field_warning()
    {
        var site = SiteTest.Build("""
            -- content/site.yml --
            title: 文库
            -- content/a/_agency.yml --
            name: 甲局
            -- content/a/2023/x.md --
            ---
            title: 标题
            type: document
            date: 2024-01-05
            source: {url: "https://www.example.gov.cn/t1.htm", retrieved: 2024-02-01, format: html, note: 网页正文}
            ---
            正文
            """).AssertSucceeded();
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code == DiagnosticCodes.UnknownField);
    }
}

using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.IO;
using StaticArchive.Markdown;
using StaticArchive.Tables.Html;
using StaticArchive.Tests.Support;
using StaticArchive.Theme;

namespace StaticArchive.Tests.Documents;

/// <summary>
/// A document's page has a size limit, so no page (nor the JSON its render key is computed from) grows
/// without bound: past it the document is a diagnostic, not a crash.
/// </summary>
public sealed class PageSizeTests
{
    private static (TransformedDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Transform(string body, int maxPageChars)
    {
        var files = new MemoryFileSystem();
        SiteTest.Write(files, $"""
            -- content/site.yml --
            title: 文库
            -- content/a/_agency.yml --
            name: 甲局
            -- content/a/2023/x.md --
            ---
            title: 标题
            type: guide
            date: 2024-01-05
            ---
            {body}
            """);
        var paths = new ContentPaths("/site/content");
        var bag = new DiagnosticBag();
        var source = Assert.Single(ContentDiscovery.Discover(files, paths, bag).Documents);
        var transformer = new DocumentTransformer(files, paths, MarkdownPipelineFactory.Create(), new TableWords("未填报", "")) { MaxPageChars = maxPageChars };
        return (transformer.Transform(source, bag), bag.ToSortedList());
    }

    [Fact]
    public void A_page_past_the_limit_is_a_diagnostic_naming_the_document()
    {
        var (document, diagnostics) = Transform(string.Concat(Enumerable.Repeat("正文一段。\n\n", 400)), maxPageChars: 2_000);
        Assert.Null(document);
        var d = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.PageTooLarge, d.Code);
        Assert.Equal("content/a/2023/x.md:6:1", d.Location);
        Assert.Contains("太大", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_within_the_limit_is_transformed()
    {
        var (document, diagnostics) = Transform("正文一段。", maxPageChars: 2_000);
        Assert.NotNull(document);
        Assert.Empty(diagnostics);
    }
}

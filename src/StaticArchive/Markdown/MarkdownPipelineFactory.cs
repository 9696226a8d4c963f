using Markdig;
using StaticArchive.Markdown.TableShortcode;

namespace StaticArchive.Markdown;

/// <summary>
/// Builds the one Markdig pipeline of a build. A pipeline is immutable once built and safe to share
/// between threads, so it is built once and reused for every document.
/// </summary>
internal static class MarkdownPipelineFactory
{
    /// <summary>The pipeline: CommonMark plus pipe tables, footnotes, heading ids and our extensions.</summary>
    public static MarkdownPipeline Create()
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UseEmphasisExtras()
            .UseListExtras()
            .Use<CjkLineBreakExtension>()
            .UseTableShortcodes(); // raw HTML stays on: Safety.RawHtml cuts it to a safe subset before rendering
        return builder.Build();
    }
}

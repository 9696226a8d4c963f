using Markdig;

namespace StaticArchive.Markdown.TableShortcode;

/// <summary>Registers the table shortcode the way Markdig's own extensions are registered.</summary>
internal static class TableShortcodeBuilderExtensions
{
    /// <summary>Adds <see cref="TableShortcodeExtension"/> to the pipeline.</summary>
    public static MarkdownPipelineBuilder UseTableShortcodes(this MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        pipeline.Extensions.AddIfNotAlready<TableShortcodeExtension>();
        return pipeline;
    }
}

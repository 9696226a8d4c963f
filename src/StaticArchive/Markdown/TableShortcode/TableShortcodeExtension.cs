using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace StaticArchive.Markdown.TableShortcode;

/// <summary>Adds <c>{{&lt; table name &gt;}}</c> to a Markdig pipeline (parser and HTML renderer).</summary>
internal sealed class TableShortcodeExtension : IMarkdownExtension
{
    /// <inheritdoc />
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        if (!pipeline.BlockParsers.Contains<TableShortcodeParser>())
        {
            pipeline.BlockParsers.InsertBefore<ParagraphBlockParser>(new TableShortcodeParser());
        }
    }

    /// <inheritdoc />
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlTableShortcodeRenderer>())
        {
            html.ObjectRenderers.Add(new HtmlTableShortcodeRenderer());
        }
    }
}

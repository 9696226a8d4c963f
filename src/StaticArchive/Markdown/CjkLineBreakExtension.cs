using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace StaticArchive.Markdown;

/// <summary>
/// Chinese text is wrapped in the source without spaces; a soft line break between two Chinese characters
/// must vanish, not become a space the browser shows as a gap ("政府信息 公开").
/// </summary>
internal sealed class CjkLineBreakExtension : IMarkdownExtension
{
    /// <inheritdoc/>
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    /// <inheritdoc/>
    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.ReplaceOrAdd<LineBreakInlineRenderer>(new CjkLineBreakRenderer());
        }
    }
}

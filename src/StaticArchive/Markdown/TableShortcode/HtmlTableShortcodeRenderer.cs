using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace StaticArchive.Markdown.TableShortcode;

/// <summary>Writes the HTML that <see cref="TablePlacement.Apply"/> attached to a shortcode block (nothing if none).</summary>
internal sealed class HtmlTableShortcodeRenderer : HtmlObjectRenderer<TableShortcodeBlock>
{
    /// <inheritdoc />
    protected override void Write(HtmlRenderer renderer, TableShortcodeBlock obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        if (obj.Html is not null)
        {
            renderer.EnsureLine();
            renderer.Write(obj.Html);
            renderer.EnsureLine();
        }
    }
}

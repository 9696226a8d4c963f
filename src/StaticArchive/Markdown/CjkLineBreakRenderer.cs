using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace StaticArchive.Markdown;

/// <summary>Renders a soft line break as nothing between CJK characters, as a newline elsewhere.</summary>
internal sealed class CjkLineBreakRenderer : LineBreakInlineRenderer
{
    /// <inheritdoc/>
    protected override void Write(HtmlRenderer renderer, LineBreakInline obj)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(obj);
        if (!obj.IsHard && Cjk.JoinsWithoutSpace(obj))
        {
            return;
        }

        base.Write(renderer, obj);
    }
}

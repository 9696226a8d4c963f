using System.Net;
using System.Text;
using StaticArchive.Core;

namespace StaticArchive.Server;

/// <summary>
/// The banner served pages carry while the content has errors: each diagnostic's file:line, message and hint,
/// above the last good version of the page (which stays served). Styled by an external sheet because the
/// theme's Content-Security-Policy forbids inline styles and scripts.
/// </summary>
public static class ErrorOverlay
{
    /// <summary>The banner's HTML, or an empty string when there is nothing to show.</summary>
    public static string Render(IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var errors = diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (errors.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder();
        html.Append("<aside id=\"__staticarchive-errors\" role=\"alert\"><h2>构建失败：")
            .Append(errors.Count)
            .Append(" 个错误。下面是上一次成功构建的页面，改正后会自动刷新。</h2><ol>");
        foreach (var d in errors)
        {
            html.Append("<li><code>").Append(WebUtility.HtmlEncode(d.Location)).Append("</code> ")
                .Append(WebUtility.HtmlEncode(d.Code)).Append("：").Append(WebUtility.HtmlEncode(d.Message))
                .Append("<br><small>提示：").Append(WebUtility.HtmlEncode(d.Hint)).Append("</small></li>");
        }

        return html.Append("</ol></aside>").ToString();
    }
}

using System.Text;
using StaticArchive.Tables.Html;

namespace StaticArchive.Tables.Rules;

/// <summary>
/// The notice a report page shows when its front matter says <c>published_inconsistencies: acknowledged</c>:
/// the archive publishes the figures exactly as printed and lists where they do not add up.
/// </summary>
public static class InconsistencyNotice
{
    /// <summary>An accessible, labelled note listing the violations; empty when there are none.</summary>
    /// <param name="violations">The violations of the report (from <see cref="ReportRules.Check"/>).</param>
    /// <param name="idPrefix">Keeps the heading id unique on the page.</param>
    public static string Render(IReadOnlyList<TableViolation> violations, string idPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(violations);
        ArgumentNullException.ThrowIfNull(idPrefix);
        if (violations.Count == 0)
        {
            return "";
        }

        var headingId = HtmlText.Encode(idPrefix + "inconsistency-notice");
        var sb = new StringBuilder();
        sb.Append($"<section class=\"inconsistency-notice\" role=\"note\" aria-labelledby=\"{headingId}\">\n");
        sb.Append($"<h2 id=\"{headingId}\">关于表中数据的说明</h2>\n");
        sb.Append("<p>本报告的统计表按原报告印发的数字照登，未作改动。经核对，下列数字与表内的勾稽关系不一致，以原发布机关的解释为准：</p>\n<ul>\n");
        foreach (var v in violations)
        {
            sb.Append($"<li>{HtmlText.Encode(v.TableHeading)}：{HtmlText.Encode(v.Description)}</li>\n");
        }

        sb.Append("</ul>\n</section>\n");
        return sb.ToString();
    }
}

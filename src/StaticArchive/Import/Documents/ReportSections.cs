using System.Text.RegularExpressions;
using StaticArchive.Import.Labels;

namespace StaticArchive.Import.Documents;

/// <summary>
/// The six sections of the national format and the wordings real reports print for their headings
/// (e.g. 因政府信息公开工作被申请行政复议和提起行政诉讼情况, 政府信息公开工作存在的主要问题及改进情况).
/// </summary>
internal static partial class ReportSections
{
    /// <summary>The standard headings, as the archive writes them.</summary>
    public static IReadOnlyList<string> Standard { get; } =
    [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ];

    private static readonly Regex[] Patterns = [One(), Two(), Three(), Four(), Five(), Six()];

    /// <summary>
    /// The first standard heading from section <paramref name="from"/> on (0–5) in a paragraph: which section, and
    /// where the heading starts and ends in the paragraph's original text; null when there is none.
    /// </summary>
    public static (int Section, int Start, int End)? Find(string paragraph, int from)
    {
        var squeezed = LabelText.Squeeze(paragraph);
        (int, int, int)? best = null;
        for (var i = from; i < Patterns.Length; i++)
        {
            if (Patterns[i].Match(squeezed.Text) is { Success: true } m && (best is null || m.Index < best.Value.Item2))
            {
                var start = squeezed.Origins[m.Index];
                var end = m.Index + m.Length < squeezed.Origins.Count ? squeezed.Origins[m.Index + m.Length] : paragraph.Length;
                best = (i, start, end);
            }
        }

        return best;
    }

    [GeneratedRegex(@"一、(总体情况|概述|概况)", RegexOptions.CultureInvariant)]
    private static partial Regex One();

    [GeneratedRegex(@"二、主动公开政府信息(的)?情况", RegexOptions.CultureInvariant)]
    private static partial Regex Two();

    [GeneratedRegex(@"三、收到和处理政府信息公开申请(的)?情况", RegexOptions.CultureInvariant)]
    private static partial Regex Three();

    [GeneratedRegex(@"四、[^。，；0-9]{0,20}?复议[^。，；0-9]{0,12}?诉讼(的)?情况", RegexOptions.CultureInvariant)]
    private static partial Regex Four();

    [GeneratedRegex(@"五、[^。；0-9]{0,16}?问题(及|和)改进(情况|措施)", RegexOptions.CultureInvariant)]
    private static partial Regex Five();

    [GeneratedRegex(@"六、其他需要报告的事项", RegexOptions.CultureInvariant)]
    private static partial Regex Six();
}

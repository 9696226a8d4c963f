using System.Text.RegularExpressions;

namespace StaticArchive.Import.Documents;

/// <summary>
/// The labelled fields of a proposal record as printed, whatever the spacing and gluing of the labels
/// (「事 由：…提 案 人：…承办单位：…」): each label's text runs to the next label.
/// </summary>
internal static partial class ProposalFields
{
    private static readonly string[] Labels =
        ["事由", "案由", "提案人", "领衔代表", "提出人", "承办单位", "主办单位", "协办单位", "会办单位", "分办单位", "代表反馈", "委员反馈", "办理情况", "办复内容", "答复内容", "办理类别", "办理结果"];

    private static readonly Regex LabelPattern = new(
        "(?<label>" + string.Join("|", Labels.Select(l => string.Join(@"[\s\u3000]*", l.Select(c => Regex.Escape(c.ToString()))))) + @")[\s\u3000]*[：:]",
        RegexOptions.CultureInvariant);

    /// <summary>Each printed label (spaces removed) with its text and the text's position.</summary>
    public static List<(string Label, string Value, int Start)> Read(string text)
    {
        var matches = LabelPattern.Matches(text);
        var fields = new List<(string, string, int)>();
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : text.Length;
            var label = Spaces().Replace(matches[i].Groups["label"].Value, "");
            fields.Add((label, text[start..end].Trim(), matches[i].Index));
        }

        return fields;
    }

    [GeneratedRegex(@"[\s\u3000]+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}

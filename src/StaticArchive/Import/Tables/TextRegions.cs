using System.Text.RegularExpressions;
using StaticArchive.Import.Labels;

namespace StaticArchive.Import.Tables;

/// <summary>
/// Where the three tables stand in page text without cell boundaries: between the headings of sections 二, 三,
/// 四 and 五 (in normal form; heading wordings vary, e.g. 行政复议和提起行政诉讼情况).
/// </summary>
internal static partial class TextRegions
{
    /// <summary>The normal-form ranges [start, end) of tables 二, 三 and 四; a range is null when its heading is missing.</summary>
    public static (int Start, int End)?[] Find(string squeezed)
    {
        var two = Section2().Match(squeezed);
        var three = Section3().Match(squeezed, two.Success ? two.Index + two.Length : 0);
        var four = Section4().Match(squeezed, three.Success ? three.Index + three.Length : 0);
        var five = Section5().Match(squeezed, four.Success ? four.Index + four.Length : 0);
        var ends = new[] { three, four, five };
        var starts = new[] { two, three, four };
        var result = new (int, int)?[3];
        for (var i = 0; i < 3; i++)
        {
            if (!starts[i].Success)
            {
                continue;
            }

            var start = starts[i].Index + starts[i].Length;
            var end = ends.Skip(i).FirstOrDefault(m => m.Success && m.Index >= start)?.Index ?? squeezed.Length;
            result[i] = (start, end);
        }

        return result;
    }

    [GeneratedRegex(@"二、主动公开政府信息(的)?情况", RegexOptions.CultureInvariant)]
    private static partial Regex Section2();

    [GeneratedRegex(@"三、收到和处理政府信息公开申请(的)?情况", RegexOptions.CultureInvariant)]
    private static partial Regex Section3();

    [GeneratedRegex(@"四、[^。，；0-9]{0,20}?复议[^。，；0-9]{0,12}?诉讼(的)?情况", RegexOptions.CultureInvariant)]
    private static partial Regex Section4();

    [GeneratedRegex(@"五、[^。；]{0,16}?问题", RegexOptions.CultureInvariant)]
    private static partial Regex Section5();

    /// <summary>The original text of a normal-form range, with the listed normal-form ranges blanked out.</summary>
    public static string Original(string text, SqueezedText squeezed, int start, int end, IEnumerable<(int Start, int End)> blanked)
    {
        var from = start >= squeezed.Origins.Count ? text.Length : squeezed.Origins[start];
        var to = end >= squeezed.Origins.Count ? text.Length : squeezed.Origins[end];
        var chars = text[from..to].ToCharArray();
        foreach (var (s, e) in blanked)
        {
            for (var i = Math.Max(s, start); i < Math.Min(e, end); i++)
            {
                chars[squeezed.Origins[i] - from] = ' ';
            }
        }

        return new string(chars);
    }
}

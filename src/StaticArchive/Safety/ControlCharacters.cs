using System.Buffers;
using System.Globalization;
using System.Text;
using StaticArchive.Core;

namespace StaticArchive.Safety;

/// <summary>
/// Characters no content file may carry into the site: C0 controls other than tab and line feed, DEL, C1 controls
/// (U+0080–U+009F) and the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which make text
/// display in another order than it reads. Each is a warning at file:line:column and is removed as the file is
/// read, so none reaches a page, a feed, the open data or the search index.
/// </summary>
internal static class ControlCharacters
{
    private const int ReportedPerFile = 10;

    private static readonly SearchValues<char> Refused = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n')).Select(c => (char)c),
         .. Enumerable.Range(0x7F, 0x21).Select(c => (char)c),
         .. Enumerable.Range(0x202A, 5).Select(c => (char)c),
         .. Enumerable.Range(0x2066, 4).Select(c => (char)c)]);

    /// <summary>True for a character content may not hold.</summary>
    public static bool IsRefused(char c) => Refused.Contains(c);

    /// <summary>The text without the refused characters (the same string when it has none), each reported.</summary>
    public static string Remove(string text, string displayPath, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (text.AsSpan().IndexOfAny(Refused) < 0)
        {
            return text;
        }

        var kept = new StringBuilder(text.Length);
        int line = 1, lineStart = 0, found = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }

            if (!Refused.Contains(c))
            {
                kept.Append(c);
            }
            else if (++found <= ReportedPerFile)
            {
                Report(diagnostics, displayPath, line, i - lineStart + 1, c);
            }
        }

        if (found > ReportedPerFile)
        {
            diagnostics.Warning(
                DiagnosticCodes.ControlCharacter, displayPath, line, 1,
                $"这个文件里另外还有 {(found - ReportedPerFile).ToString(CultureInfo.InvariantCulture)} 个控制字符，都已删掉。",
                "整个文件很可能是从别的格式转换来的：用 UTF-8 纯文本重新保存，或在编辑器里查找替换掉这些字符。");
        }

        return kept.ToString();
    }

    private static void Report(DiagnosticBag diagnostics, string file, int line, int column, char c)
    {
        var code = ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        var (name, why) = c switch
        {
            >= '\u202A' => ("文字方向控制符", "它会让文字显示的顺序与实际内容不同，读者看到的不是原文"),
            >= '\u0080' => ("C1 控制字符", "它不是文字，网页、订阅和数据文件里会变成乱码或让读取出错"),
            '\u007F' => ("删除控制字符（DEL）", "它不是文字，网页、订阅和数据文件里会变成乱码或让读取出错"),
            '\0' => ("空字符（NUL）", "它不是文字，网页、订阅和数据文件里会变成乱码或让读取出错"),
            _ => ("控制字符", "它不是文字，网页、订阅和数据文件里会变成乱码或让读取出错"),
        };
        diagnostics.Warning(
            DiagnosticCodes.ControlCharacter, file, line, column,
            $"这里有一个看不见的{name} U+{code}：{why}。构建已删掉它。",
            "这类字符通常是从 PDF、Word 或网页复制时带进来的；在编辑器里删掉它（VS Code 把它显示成红色小方块），保存后再构建。");
    }
}

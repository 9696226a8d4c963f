using StaticArchive.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Content;

/// <summary>Parses YAML text into nodes that remember their line, turning syntax errors into diagnostics.</summary>
public static class YamlText
{
    /// <summary>
    /// Parses a YAML mapping. <paramref name="firstLine"/> is the line of the file where the text starts
    /// (front matter starts on line 2), so diagnostics point at the file, not at the snippet.
    /// Returns null (and reports) when the text is not valid YAML or not a mapping; an empty text is an empty map.
    /// </summary>
    public static YamlMappingNode? ParseMapping(string text, string displayPath, int firstLine, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            Report(diagnostics, displayPath, (int)ex.Start.Line + firstLine - 1, (int)ex.Start.Column, Clean(ex));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws without a position for some unclosed flow collections; find where
            // parsing stopped by replaying the events.
            var (line, column) = LastGoodPosition(text);
            Report(diagnostics, displayPath, line + firstLine - 1, column, "方括号或花括号没有闭合。");
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new YamlMappingNode();
        }

        if (stream.Documents[0].RootNode is YamlMappingNode map)
        {
            return map;
        }

        var root = stream.Documents[0].RootNode;
        diagnostics.Error(
            DiagnosticCodes.YamlSyntax, displayPath, (int)root.Start.Line + firstLine - 1, (int)root.Start.Column,
            "这里应当是“字段: 值”的列表（YAML 映射）。",
            "每行写一个字段，例如 `title: 2023年政府信息公开工作年度报告`。");
        return null;
    }

    private static void Report(DiagnosticBag diagnostics, string displayPath, int line, int column, string detail) =>
        diagnostics.Error(
            DiagnosticCodes.YamlSyntax, displayPath, line, column,
            $"YAML 格式错误：{detail}",
            "检查这一行及上一行：冒号后要有空格，缩进只用空格且同级对齐，[ ] 与 { } 要成对，含冒号或 # 的文字要加引号。");

    private static (int Line, int Column) LastGoodPosition(string text)
    {
        var parser = new Parser(new StringReader(text));
        (int, int) last = (1, 1);
        try
        {
            while (parser.MoveNext())
            {
                last = ((int)parser.Current!.Start.Line, (int)parser.Current.Start.Column);
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // expected: this is where it stops
        }

        return last;
    }

    private static string Clean(YamlException ex)
    {
        // YamlDotNet prefixes its message with the position, which the diagnostic already gives.
        var message = ex.InnerException?.Message ?? ex.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close > 0 && message.StartsWith('(') ? message[(close + 3)..] : message;
    }
}

using StaticArchive.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Yaml;

/// <summary>
/// The one way YAML is read: front matter, data files, <c>_agency.yml</c>, <c>site.yml</c> and the theme's i18n
/// files. A text that cannot be read becomes a diagnostic at its file:line:column with a hint, never an exception.
/// </summary>
internal static class YamlReader
{
    private const string SyntaxHint =
        "检查这一行及上一行：冒号后要有空格，缩进只用空格且同级对齐，[ ]、{ } 和引号要成对，同一层的字段不能重复，含冒号或 # 的文字要加引号。";

    /// <summary>
    /// Parses the text's first document within <paramref name="limits"/> (default <see cref="YamlLimits.Default"/>).
    /// Returns its root node (a null scalar for an empty text), or null when the text is not valid YAML (reported
    /// with <paramref name="syntaxCode"/>) or goes past a limit (reported as <see cref="DiagnosticCodes.YamlTooLarge"/>).
    /// </summary>
    public static YamlNode? Read(string text, YamlSource source, string syntaxCode = DiagnosticCodes.YamlSyntax, YamlLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(source);
        var stream = new YamlStream();
        try
        {
            stream.Load(new BoundedParser(new Parser(new StringReader(text)), limits ?? YamlLimits.Default));
        }
        catch (YamlRefusedException ex)
        {
            if (ex.Syntax)
            {
                source.Error(ex.Start, syntaxCode, $"YAML 格式错误：{ex.Message}。", ex.Hint);
            }
            else
            {
                source.Error(ex.Start, DiagnosticCodes.YamlTooLarge, ex.Message, ex.Hint);
            }

            return null;
        }
        catch (YamlException ex)
        {
            source.Error(ex.Start, syntaxCode, $"YAML 格式错误：{YamlSyntaxMessage.Of(ex)}", SyntaxHint);
            return null;
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner throws without a position for some unclosed flow collections ("{{");
            // point at the last token it could read instead.
            source.Error(LastReadableMark(text), syntaxCode, "YAML 格式错误：读到这里无法继续，方括号或花括号可能没有闭合。", SyntaxHint);
            return null;
        }

        return stream.Documents.Count == 0 ? new YamlScalarNode() : stream.Documents[0].RootNode;
    }

    /// <summary>
    /// Parses a mapping of fields. An empty text is an empty mapping; a text that is not valid YAML, or not a
    /// mapping, is reported and gives null.
    /// </summary>
    public static YamlMappingNode? ReadMapping(string text, YamlSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        switch (Read(text, source))
        {
            case null:
                return null;
            case YamlMappingNode map:
                return map;
            case var empty when YamlNodes.IsNull(empty):
                return new YamlMappingNode();
            case var other:
                source.Error(other, DiagnosticCodes.YamlSyntax, "这里应当是“字段: 值”的列表（YAML 映射）。", "每行写一个字段，例如 `title: 2023年政府信息公开工作年度报告`。");
                return null;
        }
    }

    private static Mark LastReadableMark(string text)
    {
        var scanner = new Scanner(new StringReader(text));
        var last = Mark.Empty;
        try
        {
            while (scanner.MoveNext())
            {
                last = scanner.Current!.Start;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // Expected: the scanner stops where the text stops making sense.
        }

        return last;
    }
}

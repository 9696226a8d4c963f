using YamlDotNet.Core;

namespace StaticArchive.Yaml;

/// <summary>
/// Says in Chinese what YamlDotNet's English message means, for the mistakes editors make most; the English
/// stays in brackets for whoever helps them.
/// </summary>
internal static class YamlSyntaxMessage
{
    private static readonly (string English, string Chinese)[] Known =
    [
        ("uplicate key", "同一层里有两个相同的字段名"),
        ("found invalid mapping", "值里有“冒号加空格”，这样的文字要加引号"),
        ("Mapping values are not allowed in this context", "这里不能出现“冒号加空格”：文字里含“: ”要加引号，或检查缩进"),
        ("While parsing a block mapping, did not find expected key", "缩进没有对齐，或上一行的值没有写完"),
        ("While parsing a flow sequence", "方括号 [ ] 里缺少逗号或没有闭合"),
        ("While parsing a flow mapping", "花括号 { } 里缺少逗号或没有闭合"),
        ("quoted scalar, found unexpected end of stream", "引号没有闭合"),
        ("tab", "缩进用了制表符（Tab），只能用空格"),
        ("found character that cannot start any token", "这里有不能作为开头的字符（例如制表符、@ 或 `），这样的文字要加引号"),
        ("While scanning a simple key, could not find expected ':'", "这一行缺少冒号，或冒号后没有空格"),
        ("did not find expected node content", "这里缺少值"),
        ("Block sequence entries are not allowed in this context", "列表项“- ”的缩进不对"),
    ];

    /// <summary>The message for a syntax error, without YamlDotNet's own position prefix.</summary>
    public static string Of(YamlException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var english = WithoutPosition(exception.InnerException?.Message ?? exception.Message);
        foreach (var (pattern, chinese) in Known)
        {
            if (english.Contains(pattern, StringComparison.Ordinal))
            {
                return $"{chinese}（{english}）";
            }
        }

        return english;
    }

    // YamlDotNet prefixes its message with the position, which the diagnostic already gives.
    private static string WithoutPosition(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return close > 0 && message.StartsWith('(') ? message[(close + 3)..] : message;
    }
}

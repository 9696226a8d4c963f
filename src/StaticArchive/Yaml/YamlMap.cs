using System.Globalization;
using StaticArchive.Core;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Yaml;

/// <summary>
/// Typed, diagnosed reads from a YAML mapping of fields (front matter, <c>_agency.yml</c>, <c>site.yml</c>):
/// each wrong or missing field becomes a diagnostic at its own line, and reading goes on so the editor sees
/// every problem at once.
/// </summary>
internal sealed class YamlMap(YamlMappingNode node, YamlSource source)
{
    /// <summary>The underlying node.</summary>
    public YamlMappingNode Node { get; } = node;

    /// <summary>The text the map was read from, and where its problems go.</summary>
    public YamlSource Source { get; } = source;

    /// <summary>The line (in the file) where the map starts.</summary>
    public int Line => Source.Line(Node);

    /// <summary>True when the key is present.</summary>
    public bool Has(string key) => YamlNodes.Key(Node, key) is not null;

    /// <summary>The file line of a key, or of the map when the key is absent.</summary>
    public int LineOf(string key) => YamlNodes.Key(Node, key) is { } k ? Source.Line(k) : Line;

    /// <summary>Reads a text field; reports it when required and missing or when it is not text.</summary>
    public string? String(string key, bool required = false, string? hint = null)
    {
        var value = Value(key);
        if (value is null)
        {
            if (required)
            {
                Missing(key, hint);
            }

            return null;
        }

        if (value is YamlScalarNode scalar)
        {
            var text = scalar.Value?.Trim();
            if (string.IsNullOrEmpty(text) && required)
            {
                Missing(key, hint);
                return null;
            }

            return string.IsNullOrEmpty(text) ? null : text;
        }

        Wrong(value, key, "一段文字", hint ?? $"写成 `{key}: 文字`。");
        return null;
    }

    /// <summary>Reads a whole number.</summary>
    public int? Int(string key)
    {
        if (Value(key) is not { } value)
        {
            return null;
        }

        if (value is YamlScalarNode { Value: { } text } &&
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        Wrong(value, key, "整数", $"写成 `{key}: 2023` 这样的整数。");
        return null;
    }

    /// <summary>Reads a date written YYYY-MM-DD.</summary>
    public DateOnly? Date(string key, bool required = false)
    {
        if (Value(key) is not { } value)
        {
            if (required)
            {
                Missing(key, $"写成 `{key}: 2024-01-20`（年-月-日）。");
            }

            return null;
        }

        if (value is YamlScalarNode { Value: { } text } &&
            DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Wrong(value, key, "日期（年-月-日）", $"写成 `{key}: 2024-01-20`，月和日都用两位数字。");
        return null;
    }

    /// <summary>Reads <c>true</c> or <c>false</c>; null when absent.</summary>
    public bool? Bool(string key)
    {
        if (Value(key) is not { } value)
        {
            return null;
        }

        if (value is YamlScalarNode { Value: { } text } && bool.TryParse(text.Trim(), out var flag))
        {
            return flag;
        }

        Wrong(value, key, "true 或 false", $"写成 `{key}: true`，不需要时删掉这一行。");
        return null;
    }

    /// <summary>Reads a list of texts; a single text counts as a list of one.</summary>
    public IReadOnlyList<string> StringList(string key)
    {
        switch (Value(key))
        {
            case null:
                return [];
            case YamlScalarNode { Value: var text }:
                return string.IsNullOrWhiteSpace(text) ? [] : [text.Trim()];
            case YamlSequenceNode seq:
                var items = new List<string>();
                foreach (var item in seq.Children)
                {
                    if (item is YamlScalarNode { Value: { } s } && !string.IsNullOrWhiteSpace(s))
                    {
                        items.Add(s.Trim());
                    }
                    else
                    {
                        Wrong(item, key, "文字列表", $"写成 `{key}: [甲, 乙]` 或每行一个 `- 甲`。");
                    }
                }

                return items;
            case var other:
                Wrong(other, key, "文字列表", $"写成 `{key}: [甲, 乙]` 或每行一个 `- 甲`。");
                return [];
        }
    }

    /// <summary>Reads a nested mapping.</summary>
    public YamlMap? Map(string key)
    {
        return Value(key) switch
        {
            null => null,
            YamlMappingNode map => new YamlMap(map, Source),
            var other => WrongMap(other, key),
        };
    }

    /// <summary>The raw node of a key.</summary>
    public YamlNode? Value(string key) => YamlNodes.Child(Node, key);

    /// <summary>Warns about keys that are not in the list (they are ignored), suggesting the nearest known one.</summary>
    public void WarnUnknownKeys(IReadOnlyCollection<string> known) =>
        Source.UnknownKeys(Node, known, Severity.Warning, DiagnosticCodes.UnknownField, name => $"不认识的字段“{name}”，它会被忽略。", "字段");

    private void Missing(string key, string? hint) =>
        Source.Error(
            Node, DiagnosticCodes.MissingField,
            $"缺少必填字段“{key}”。",
            hint ?? $"加上一行 `{key}: …`。");

    private void Wrong(YamlNode value, string key, string expected, string hint) =>
        Source.Error(value, DiagnosticCodes.WrongType, $"字段“{key}”应当是{expected}。", hint);

    private YamlMap? WrongMap(YamlNode value, string key)
    {
        Wrong(value, key, "一组“字段: 值”", $"在 `{key}:` 下面缩进两格逐行写字段。");
        return null;
    }
}

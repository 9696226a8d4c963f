using StaticArchive.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Tables.Data;

/// <summary>The file being read and where its problems go; small helpers shared by the table readers.</summary>
internal sealed class YamlContext(string displayPath, DiagnosticBag diagnostics)
{
    public string DisplayPath { get; } = displayPath;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public void Error(YamlNode node, string code, string message, string hint) =>
        Diagnostics.Error(code, DisplayPath, (int)node.Start.Line, (int)node.Start.Column, message, hint);

    public void Warning(YamlNode node, string code, string message, string hint) =>
        Diagnostics.Warning(code, DisplayPath, (int)node.Start.Line, (int)node.Start.Column, message, hint);

    /// <summary>Reports every key of <paramref name="map"/> not in <paramref name="known"/>, suggesting the nearest.</summary>
    public void CheckKeys(YamlMappingNode map, IReadOnlyCollection<string> known, string where)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
            {
                Error(key, TableDiagnosticCodes.UnknownKey, $"{where}中有未知的键“{name}”。", KeySuggestion.Hint(name, known));
            }
        }
    }

    /// <summary>True for YAML's null spellings in plain style (a blank cell), not for a quoted "null".</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s
        && s.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>The value under a plain key. A scan, not a lookup: the maps are small, and a lookup needs a key node made per call.</summary>
    public static YamlNode? Child(YamlMappingNode map, string key)
    {
        foreach (var (k, value) in map.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && name == key)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>A non-null scalar's text, or null (reporting a wrong type when the node is a list or mapping).</summary>
    public string? Text(YamlNode? node, string what)
    {
        if (node is null || IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        Error(node, TableDiagnosticCodes.WrongType, $"{what}应为一个值，这里却是列表或映射。", "请只写一个值（文字或数字）。");
        return null;
    }
}

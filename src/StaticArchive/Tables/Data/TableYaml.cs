using StaticArchive.Core;
using StaticArchive.Yaml;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Tables.Data;

/// <summary>The table readers' wording for the reader's two common checks: unknown keys and one value.</summary>
internal static class TableYaml
{
    /// <summary>Reports every key of <paramref name="map"/> not in <paramref name="known"/>, suggesting the nearest.</summary>
    public static void CheckKeys(this YamlSource source, YamlMappingNode map, IReadOnlyCollection<string> known, string where) =>
        source.UnknownKeys(map, known, Severity.Error, TableDiagnosticCodes.UnknownKey, name => $"{where}中有未知的键“{name}”。", "键");

    /// <summary>A non-null scalar's text, or null (reporting a wrong type when the node is a list or mapping).</summary>
    public static string? Text(this YamlSource source, YamlNode? node, string what)
    {
        if (node is null || YamlNodes.IsNull(node))
        {
            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            return scalar.Value;
        }

        source.Error(node, TableDiagnosticCodes.WrongType, $"{what}应为一个值，这里却是列表或映射。", "请只写一个值（文字或数字）。");
        return null;
    }
}

using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Yaml;

/// <summary>Small questions asked of YAML nodes by every reader.</summary>
internal static class YamlNodes
{
    /// <summary>True for YAML's null spellings in plain style (a blank value), not for a quoted "null".</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } s
        && s.Value is null or "" or "~" or "null" or "Null" or "NULL";

    /// <summary>The key node of a plain key, or null. A scan, not a lookup: the maps are small, and a lookup needs a key node made per call.</summary>
    public static YamlScalarNode? Key(YamlMappingNode map, string key)
    {
        ArgumentNullException.ThrowIfNull(map);
        foreach (var k in map.Children.Keys)
        {
            if (k is YamlScalarNode { Value: { } name } scalar && name == key)
            {
                return scalar;
            }
        }

        return null;
    }

    /// <summary>The value under a plain key, or null.</summary>
    public static YamlNode? Child(YamlMappingNode map, string key)
    {
        ArgumentNullException.ThrowIfNull(map);
        foreach (var (k, value) in map.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && name == key)
            {
                return value;
            }
        }

        return null;
    }
}

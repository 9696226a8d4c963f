using StaticArchive.Yaml;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Content;

/// <summary>
/// Reads the 建议提案 fields of a proposal's front matter. It accepts the flat form of the benchmark corpus
/// (<c>result: solved</c>) and the full form (<c>result: {code: A, label: 已解决或基本解决}</c>).
/// </summary>
public static class ProposalReader
{
    private static readonly Dictionary<string, (string Code, string Label)> Results = new(StringComparer.Ordinal)
    {
        ["solved"] = ("A", "已解决或基本解决"),
        ["in-progress"] = ("B", "正在解决或已列入规划逐步解决"),
        ["planned"] = ("C", "已列入计划逐步解决"),
        ["for-reference"] = ("D", "留作参考"),
        ["A"] = ("A", "已解决或基本解决"),
        ["B"] = ("B", "正在解决或已列入规划逐步解决"),
        ["C"] = ("C", "因客观条件或其他原因暂时无法解决"),
        ["D"] = ("D", "留作参考"),
    };

    /// <summary>Reads the proposal fields.</summary>
    public static ProposalInfo Read(YamlMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        string? code = null, label = map.String("result_label");
        if (map.Value("result") is YamlMappingNode && map.Map("result") is { } result)
        {
            code = result.String("code");
            label ??= result.String("label");
        }
        else if (map.Value("result") is not null && map.String("result") is { } flat)
        {
            if (Results.TryGetValue(flat, out var known))
            {
                code = known.Code;
                label ??= known.Label;
            }
            else
            {
                label ??= flat;
            }
        }

        if (code is not null && label is null && Results.TryGetValue(code, out var byCode))
        {
            label = byCode.Label;
        }

        var units = map.Value("handling_units") is YamlMappingNode ? map.Map("handling_units") : null;
        var lead = units?.StringList("lead") ?? map.StringList("handling_units");
        var proposers = map.String("proposers") ?? map.String("proposer");
        return new ProposalInfo(
            map.String("kind") ?? "",
            map.String("session"),
            map.String("number"),
            proposers,
            lead,
            units?.StringList("assisting") ?? [],
            code,
            label,
            map.Date("reply_date"),
            map.String("satisfaction"));
    }
}

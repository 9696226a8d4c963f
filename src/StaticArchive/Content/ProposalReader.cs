using System.Text.RegularExpressions;
using StaticArchive.Yaml;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Content;

/// <summary>
/// Reads the 建议提案 fields of a proposal's front matter. It accepts the flat form of the benchmark corpus
/// (<c>result: solved</c>) and the full form (<c>result: {code: A, label: 已解决或基本解决}</c>). A result the
/// editor names only by a word or a code keeps that word, and readers see its label from <c>theme/i18n</c>.
/// </summary>
internal static partial class ProposalReader
{
    private static readonly Dictionary<string, string> CodeOfWord = new(StringComparer.Ordinal)
    {
        ["solved"] = "A",
        ["in-progress"] = "B",
        ["planned"] = "C",
        ["for-reference"] = "D",
        ["A"] = "A",
        ["B"] = "B",
        ["C"] = "C",
        ["D"] = "D",
    };

    /// <summary>Reads the proposal fields; <paramref name="body"/> is the reply's Markdown, which may quote the subject.</summary>
    public static ProposalInfo Read(YamlMap map, string body = "")
    {
        ArgumentNullException.ThrowIfNull(map);
        string? code = null, term = null, label = map.String("result_label");
        if (map.Value("result") is YamlMappingNode && map.Map("result") is { } result)
        {
            code = result.String("code");
            label ??= result.String("label");
        }
        else if (map.Value("result") is not null && map.String("result") is { } flat)
        {
            if (CodeOfWord.TryGetValue(flat, out var known))
            {
                code = known;
                term = flat;
            }
            else
            {
                label ??= flat;
            }
        }

        if (code is not null && label is null && term is null && CodeOfWord.ContainsKey(code))
        {
            term = code;
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
            map.String("satisfaction"))
        {
            ResultTerm = label is null ? term : null,
            Subject = map.String("subject") ?? QuotedSubject(body),
        };
    }

    // The reply names what it answers: 您提出的《关于加强…的建议》收悉. Only such a title counts (a law or notice it cites does not).
    private static string? QuotedSubject(string body) =>
        QuotedTitle().Match(body) is { Success: true } m ? m.Groups["subject"].Value : null;

    [GeneratedRegex(@"《(?<subject>关于[^《》\r\n]{1,120}?(?:建议|提案|议案))》", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedTitle();
}

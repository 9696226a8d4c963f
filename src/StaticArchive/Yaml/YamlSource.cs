using StaticArchive.Core;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Yaml;

/// <summary>
/// A YAML text being read: the file it came from, the file line where it starts (front matter starts on
/// line 2) and where its problems go. Every diagnostic about a node is made here, so each names file:line:column
/// of the file, not of the snippet.
/// </summary>
internal sealed class YamlSource(string displayPath, DiagnosticBag diagnostics, int firstLine = 1)
{
    /// <summary>The path diagnostics name, e.g. <c>content/linzi-gxj/_agency.yml</c>.</summary>
    public string DisplayPath { get; } = displayPath;

    /// <summary>Where problems go.</summary>
    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>The file line of a position in the text.</summary>
    public int Line(Mark mark) => (int)mark.Line + firstLine - 1;

    /// <summary>The file line where a node starts.</summary>
    public int Line(YamlNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Line(node.Start);
    }

    /// <summary>Reports an error at a position in the text.</summary>
    public void Error(Mark mark, string code, string message, string hint) =>
        Diagnostics.Error(code, DisplayPath, Line(mark), (int)mark.Column, message, hint);

    /// <summary>Reports an error at a node.</summary>
    public void Error(YamlNode node, string code, string message, string hint)
    {
        ArgumentNullException.ThrowIfNull(node);
        Error(node.Start, code, message, hint);
    }

    /// <summary>Reports a warning at a node.</summary>
    public void Warning(YamlNode node, string code, string message, string hint)
    {
        ArgumentNullException.ThrowIfNull(node);
        Diagnostics.Warning(code, DisplayPath, Line(node), (int)node.Start.Column, message, hint);
    }

    /// <summary>
    /// Reports every key of <paramref name="map"/> not in <paramref name="known"/> at the key, with the hint of
    /// <see cref="Suggestion"/>. <paramref name="message"/> says what is wrong, given the key as written.
    /// </summary>
    public void UnknownKeys(YamlMappingNode map, IReadOnlyCollection<string> known, Severity severity, string code, Func<string, string> message, string noun)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(known);
        ArgumentNullException.ThrowIfNull(message);
        foreach (var key in map.Children.Keys)
        {
            var name = key switch
            {
                YamlScalarNode scalar => scalar.Value ?? "",
                YamlSequenceNode => "[…]",
                _ => "{…}",
            };
            if (known.Contains(name))
            {
                continue;
            }

            var hint = Suggestion.Hint(name, known, noun);
            if (severity == Severity.Error)
            {
                Error(key, code, message(name), hint);
            }
            else
            {
                Warning(key, code, message(name), hint);
            }
        }
    }
}

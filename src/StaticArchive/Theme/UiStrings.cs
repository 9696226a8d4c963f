using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.Yaml;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Theme;

/// <summary>
/// The user-visible strings of the theme, from <c>theme/i18n/&lt;language&gt;/*.yml</c> (flat <c>key: text</c>).
/// zh-CN is the default and the fallback for any key a translation lacks.
/// </summary>
internal sealed class UiStrings
{
    private UiStrings(IReadOnlyDictionary<string, string> values) => Values = values;

    /// <summary>All strings by key, as templates see them (<c>{{ t.key }}</c>).</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>A string by key; the key itself when missing, so a gap shows instead of vanishing.</summary>
    public string this[string key] => Values.TryGetValue(key, out var v) ? v : key;

    /// <summary>Loads the strings for a language; a file that cannot be read is reported and skipped.</summary>
    public static UiStrings Load(ThemeFiles theme, string language, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(theme);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Merge(theme, "zh-CN", values, diagnostics);
        if (language != "zh-CN")
        {
            Merge(theme, language, values, diagnostics);
        }

        return new UiStrings(values);
    }

    private static void Merge(ThemeFiles theme, string language, SortedDictionary<string, string> values, DiagnosticBag diagnostics)
    {
        foreach (var path in theme.Under($"i18n/{language}/").Where(p => p.EndsWith(".yml", StringComparison.Ordinal)))
        {
            var source = new YamlSource($"theme/{path}", diagnostics);
            var text = SourceText.Decode(theme.Read(path), source.DisplayPath, diagnostics);
            if (text is null || YamlReader.ReadMapping(text, source) is not { } map)
            {
                continue;
            }

            foreach (var (key, value) in map.Children)
            {
                if (key is YamlScalarNode { Value: { } k } && value is YamlScalarNode { Value: { } v })
                {
                    values[k] = v;
                }
            }
        }
    }
}

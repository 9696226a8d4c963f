using System.Text;
using YamlDotNet.RepresentationModel;

namespace StaticArchive.Theme;

/// <summary>
/// The user-visible strings of the theme, from <c>theme/i18n/&lt;language&gt;/*.yml</c> (flat <c>key: text</c>).
/// zh-CN is the default and the fallback for any key a translation lacks.
/// </summary>
public sealed class UiStrings
{
    private UiStrings(IReadOnlyDictionary<string, string> values) => Values = values;

    /// <summary>All strings by key, as templates see them (<c>{{ t.key }}</c>).</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    /// <summary>A string by key; the key itself when missing, so a gap shows instead of vanishing.</summary>
    public string this[string key] => Values.TryGetValue(key, out var v) ? v : key;

    /// <summary>Loads the strings for a language.</summary>
    public static UiStrings Load(ThemeFiles theme, string language)
    {
        ArgumentNullException.ThrowIfNull(theme);
        var values = new SortedDictionary<string, string>(StringComparer.Ordinal);
        Merge(theme, "zh-CN", values);
        if (language != "zh-CN")
        {
            Merge(theme, language, values);
        }

        return new UiStrings(values);
    }

    private static void Merge(ThemeFiles theme, string language, SortedDictionary<string, string> values)
    {
        foreach (var path in theme.Under($"i18n/{language}/").Where(p => p.EndsWith(".yml", StringComparison.Ordinal)))
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(Encoding.UTF8.GetString(theme.Read(path))));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode map)
            {
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
}

namespace StaticArchive.Theme;

/// <summary>
/// Fills the named placeholders of a UI string (<c>{site}</c>, <c>{n}</c>), the same convention templates follow
/// with Liquid's <c>replace</c> and the search client with its strings, so translators see one form everywhere.
/// </summary>
internal static class UiFormat
{
    /// <summary>The template with each <c>{name}</c> replaced by its value.</summary>
    public static string Fill(string template, params ReadOnlySpan<(string Name, string Value)> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        var text = template;
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return text;
    }
}

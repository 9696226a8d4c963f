namespace StaticArchive.Testing;

/// <summary>The one YAML scalar form the generator needs.</summary>
internal static class Yaml
{
    /// <summary>A double-quoted scalar.</summary>
    public static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

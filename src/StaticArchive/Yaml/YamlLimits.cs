namespace StaticArchive.Yaml;

/// <summary>
/// How much one YAML text may hold, counted while it is read, so hostile input is refused before anything
/// recurses over it or expands it: no real front matter, data file or theme file comes near these.
/// </summary>
internal sealed record YamlLimits
{
    /// <summary>The limits every input is read with.</summary>
    public static YamlLimits Default { get; } = new();

    /// <summary>Lists and mappings inside one another, aliases counted at the depth they reach.</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>Values, lists and mappings in the text, each alias counted as everything it repeats.</summary>
    public int MaxNodes { get; init; } = 1_000_000;

    /// <summary>Values, lists and mappings that aliases repeat, all aliases of the text together.</summary>
    public int MaxAliasNodes { get; init; } = 10_000;

    /// <summary>Characters of text that aliases repeat, all aliases of the text together.</summary>
    public int MaxAliasChars { get; init; } = 100_000;

    /// <summary>Characters of one value (a JSON writer refuses far longer strings, and no field needs more).</summary>
    public int MaxValueChars { get; init; } = 1_000_000;
}

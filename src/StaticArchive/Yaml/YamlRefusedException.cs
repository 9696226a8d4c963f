using YamlDotNet.Core;

namespace StaticArchive.Yaml;

/// <summary>
/// Stops reading a YAML text that <see cref="BoundedParser"/> will not hand on: past a limit, or an alias that
/// cannot be resolved. <see cref="YamlReader"/> turns it into a diagnostic; it never leaves the reader.
/// </summary>
internal sealed class YamlRefusedException(Mark start, string message, string hint, bool syntax) : Exception(message)
{
    /// <summary>Where in the text reading stopped.</summary>
    public Mark Start { get; } = start;

    /// <summary>How to fix it.</summary>
    public string Hint { get; } = hint;

    /// <summary>True when the text is malformed rather than too large.</summary>
    public bool Syntax { get; } = syntax;
}

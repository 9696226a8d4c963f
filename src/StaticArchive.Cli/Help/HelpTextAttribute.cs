using System.ComponentModel;

namespace StaticArchive.Cli.Help;

/// <summary>An option's description by key, in the language of <see cref="CliWords.Current"/> (Spectre reads <see cref="DescriptionAttribute.Description"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class HelpTextAttribute(string key) : DescriptionAttribute
{
    /// <summary>The key in <c>Help/&lt;language&gt;.yml</c>'s <c>option:</c> section.</summary>
    public string Key { get; } = key;

    /// <inheritdoc/>
    public override string Description => CliWords.Current.Option(Key);
}

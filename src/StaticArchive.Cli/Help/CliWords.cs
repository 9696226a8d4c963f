using System.Globalization;
using System.Reflection;
using YamlDotNet.Serialization;

namespace StaticArchive.Cli.Help;

/// <summary>
/// The CLI's own words in one language (<c>Help/&lt;language&gt;.yml</c>, embedded): command and option descriptions,
/// and the culture Spectre.Console.Cli words its help headings in.
/// </summary>
public sealed class CliWords
{
    // Option descriptions are attributes, read while Spectre builds its model; they find the words of the running command here.
    private static readonly AsyncLocal<CliWords?> InUse = new();

    private readonly Dictionary<string, string> _commands;
    private readonly Dictionary<string, string> _options;

    private CliWords(string language, Dictionary<string, string> commands, Dictionary<string, string> options)
    {
        Language = language;
        _commands = commands;
        _options = options;
    }

    /// <summary>Chinese, the default.</summary>
    public static CliWords Chinese { get; } = Load("zh-CN");

    /// <summary>English, for sites whose site.yml says <c>language: en</c>.</summary>
    public static CliWords English { get; } = Load("en");

    /// <summary>The words of the command being configured or run in this flow; Chinese when none was chosen.</summary>
    public static CliWords Current
    {
        get => InUse.Value ?? Chinese;
        set => InUse.Value = value;
    }

    /// <summary><c>zh-CN</c> or <c>en</c>.</summary>
    public string Language { get; }

    /// <summary>The culture of Spectre's own help words (zh-Hans ships with Spectre.Console.Cli).</summary>
    public CultureInfo Culture => Language == "en" ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("zh-Hans");

    /// <summary>The words for a language as a site.yml names it (<c>en</c>, <c>en-US</c>: English; anything else: Chinese).</summary>
    public static CliWords For(string? language) =>
        language is not null && language.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Chinese;

    /// <summary>A command's description.</summary>
    public string Command(string name) => _commands[name];

    /// <summary>An option's or argument's description.</summary>
    public string Option(string key) => _options[key];

    private static CliWords Load(string language)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"cli-help/{language}.yml")
            ?? throw new InvalidOperationException($"cli-help/{language}.yml is not embedded");
        using var reader = new StreamReader(stream);
        var sections = new DeserializerBuilder().Build().Deserialize<Dictionary<string, Dictionary<string, string>>>(reader);
        return new CliWords(language, sections["command"], sections["option"]);
    }
}

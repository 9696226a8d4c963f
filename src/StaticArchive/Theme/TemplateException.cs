namespace StaticArchive.Theme;

/// <summary>A theme template that does not parse or render; the build turns it into a diagnostic.</summary>
internal sealed class TemplateException(string file, string message) : Exception(message)
{
    /// <summary>The template's path, e.g. <c>theme/layouts/home.liquid</c>.</summary>
    public string File { get; } = file;
}

namespace StaticArchive.Core;

/// <summary>What to build: the content folder, the theme folder, the output folder and the base URL.</summary>
/// <param name="Content">The content folder (full path).</param>
/// <param name="Theme">The site's theme folder; when it does not exist the embedded default theme is used.</param>
/// <param name="Output">The output folder, replaced only when the build succeeds.</param>
/// <param name="BaseUrl">Overrides site.yml's base_url when set.</param>
public sealed record BuildOptions(string Content, string? Theme, string Output, string? BaseUrl = null);

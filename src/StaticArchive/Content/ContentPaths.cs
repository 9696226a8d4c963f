namespace StaticArchive.Content;

/// <summary>
/// Where the content lives and how its paths are shown in diagnostics: relative to the folder that holds
/// <c>content/</c>, with forward slashes, so messages read the same on every machine.
/// </summary>
internal sealed class ContentPaths
{
    private readonly string _displayRoot;

    /// <summary>Creates the paths for a content folder (a full path).</summary>
    public ContentPaths(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        Content = content.Replace('\\', '/').TrimEnd('/');
        var slash = Content.LastIndexOf('/');
        _displayRoot = slash > 0 ? Content[..slash] : "";
    }

    /// <summary>The content folder, forward slashes, no trailing slash.</summary>
    public string Content { get; }

    /// <summary>Joins path parts with forward slashes.</summary>
    public string Combine(string left, string right) => left.TrimEnd('/') + "/" + right;

    /// <summary>The path as diagnostics show it, e.g. <c>content/linzi-gxj/_agency.yml</c>.</summary>
    public string Display(string path)
    {
        var p = path.Replace('\\', '/');
        return _displayRoot.Length > 0 && p.StartsWith(_displayRoot + "/", StringComparison.Ordinal) ? p[(_displayRoot.Length + 1)..] : p;
    }

    /// <summary>The path below the content folder, e.g. <c>linzi-gxj/2023/x.md</c>.</summary>
    public string Relative(string path)
    {
        var p = path.Replace('\\', '/');
        return p.StartsWith(Content + "/", StringComparison.Ordinal) ? p[(Content.Length + 1)..] : p;
    }

    /// <summary>True when a path, once <c>..</c> is resolved, stays inside the content folder.</summary>
    public bool Contains(string path)
    {
        var full = Path.GetFullPath(path.Replace('\\', '/')).Replace('\\', '/');
        var root = Path.GetFullPath(Content).Replace('\\', '/').TrimEnd('/');
        return full.StartsWith(root + "/", StringComparison.Ordinal);
    }
}

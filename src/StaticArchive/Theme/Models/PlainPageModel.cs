namespace StaticArchive.Theme.Models;

/// <summary>The model of pages whose template needs nothing but the site and its strings (search, 404, accessibility).</summary>
public sealed record PlainPageModel
{
    /// <summary>The one instance.</summary>
    public static PlainPageModel Instance { get; } = new();
}

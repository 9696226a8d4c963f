using StaticArchive.Theme.Models;

namespace StaticArchive.Pages;

/// <summary>A page to render: where it goes, which layout renders it, and its view models.</summary>
/// <param name="OutputPath">Relative to the output folder, e.g. <c>linzi-gxj/index.html</c>.</param>
internal sealed record PageSpec(string OutputPath, string Layout, PageView Page, object Model);

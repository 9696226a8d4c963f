namespace StaticArchive.Safety;

/// <summary>Raw HTML after <see cref="HtmlCleaner"/>: what may be published, and what was taken out.</summary>
/// <param name="Html">The HTML to publish (may be empty).</param>
/// <param name="Removed">Elements and attributes removed, e.g. <c>&lt;script&gt;</c>, <c>onclick 事件属性</c>.</param>
/// <param name="Refused">Addresses removed because their scheme is refused, with whether an image held them.</param>
/// <param name="TooDeep">True when content nested past <see cref="HtmlCleaner.MaxDepth"/> was dropped.</param>
internal sealed record CleanedHtml(string Html, IReadOnlyList<string> Removed, IReadOnlyList<(string Url, string Scheme, bool Image)> Refused, bool TooDeep);

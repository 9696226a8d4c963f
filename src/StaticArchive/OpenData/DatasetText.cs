namespace StaticArchive.OpenData;

/// <summary>The words of the archive dataset's schema.org description, in the site's language (from <c>theme/i18n</c>).</summary>
/// <param name="Name">The dataset's name.</param>
/// <param name="Description">One or two sentences on what it holds.</param>
/// <param name="Keywords">Search keywords.</param>
internal sealed record DatasetText(string Name, string Description, IReadOnlyList<string> Keywords);

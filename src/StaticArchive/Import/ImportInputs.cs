namespace StaticArchive.Import;

/// <summary>
/// The files an import reads, in a stable order: files as given; a folder's files recursively, sorted by path.
/// A crawled page's folder holding both the page's HTML and its text (<c>page.html</c>/<c>page.txt</c>,
/// <c>source.html</c>/<c>source.txt</c>) yields the HTML only, which keeps the tables' cell boundaries.
/// </summary>
internal static class ImportInputs
{
    private static readonly string[] Extensions = [".html", ".htm", ".txt", ".pdf", ".docx"];
    private static readonly (string Html, string Text)[] PagePairs = [("page.html", "page.txt"), ("source.html", "source.txt")];

    /// <summary>The input files, and the inputs that do not exist.</summary>
    public static (List<string> Files, List<string> Missing) Expand(IEnumerable<string> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var input in inputs)
        {
            var full = Path.GetFullPath(input);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                Walk(full, files);
            }
            else
            {
                missing.Add(input);
            }
        }

        return ([.. files.Distinct(StringComparer.Ordinal)], missing);
    }

    /// <summary>The format of a file by its extension: html, text, pdf, docx, or null when not importable.</summary>
    public static string? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "html",
        ".txt" => "text",
        ".pdf" => "pdf",
        ".docx" => "docx",
        _ => null,
    };

    private static void Walk(string directory, List<string> files)
    {
        var here = Directory.GetFiles(directory).Select(f => Path.GetFileName(f)!).ToHashSet(StringComparer.Ordinal);
        var skipped = PagePairs.Where(p => here.Contains(p.Html)).Select(p => p.Text).ToHashSet(StringComparer.Ordinal);
        foreach (var name in here.Order(StringComparer.Ordinal))
        {
            if (!skipped.Contains(name) && Extensions.Contains(Path.GetExtension(name).ToLowerInvariant()))
            {
                files.Add(Path.Combine(directory, name));
            }
        }

        foreach (var sub in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            Walk(sub, files);
        }
    }
}

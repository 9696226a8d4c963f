using Markdig.Syntax;
using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.IO;

namespace StaticArchive.Documents;

/// <summary>
/// Joins a document to the tables of its data file. Until the tables feature is wired in, a data file is
/// only checked to be readable YAML, so its diagnostics already point at file:line.
/// </summary>
public static class DocumentTables
{
    /// <summary>Loads the data file, places its tables in the AST and returns a notice for the page, if any.</summary>
    public static string? Apply(IFileSystem files, ContentPaths paths, Document document, Agency agency, MarkdownDocument ast, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(document);
        if (document.DataFilePath is null)
        {
            return null;
        }

        var display = paths.Display(document.DataFilePath);
        var text = SourceText.Decode(files.ReadAllBytes(document.DataFilePath), display, diagnostics);
        if (text is not null)
        {
            YamlText.ParseMapping(text, display, 1, diagnostics);
        }

        return null;
    }

    /// <summary>The searchable text of custom blocks (tables), or null for other blocks.</summary>
    public static string? TextOf(Block block) => null;
}

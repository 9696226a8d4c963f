using System.Net;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.IO;
using StaticArchive.Markdown.TableShortcode;
using StaticArchive.Tables.Data;
using StaticArchive.Tables.Html;
using StaticArchive.Tables.Rules;

namespace StaticArchive.Documents;

/// <summary>
/// Joins a document to the YAML data file beside it: loads its tables, places them where the Markdown says
/// <c>{{&lt; table … &gt;}}</c>, and checks the report's figures. A broken rule fails the build unless the front
/// matter acknowledges that the figures are published as printed; then the page carries a notice instead.
/// </summary>
internal static partial class DocumentData
{
    /// <summary>What the data file contributed to a document: its standard tables, and the figures that do not add up when the front matter acknowledges them.</summary>
    public sealed record Result(ReportTables? Report, IReadOnlyList<TableViolation> Inconsistencies);

    /// <summary>Loads, places and checks the document's tables.</summary>
    public static Result Apply(IFileSystem files, ContentPaths paths, Document document, Agency agency, MarkdownDocument ast, TableWords words, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(agency);
        DocumentTables? tables = null;
        string? dataDisplay = null;
        if (document.DataFilePath is not null)
        {
            dataDisplay = paths.Display(document.DataFilePath);
            var text = SourceText.Decode(files.ReadAllBytes(document.DataFilePath), dataDisplay, diagnostics);
            tables = text is null ? null : DocumentTablesLoader.Load(dataDisplay, text, diagnostics);
        }

        TablePlacement.Apply(ast, tables, new TableContext(agency.Name, document.Year, "t", words), document.DisplayPath, document.BodyFirstLine, diagnostics);
        if (tables?.Report is not { } report)
        {
            return new Result(null, []);
        }

        var violations = ReportRules.Check(report);
        if (violations.Count == 0)
        {
            return new Result(report, []);
        }

        if (document.InconsistenciesAcknowledged)
        {
            return new Result(report, violations);
        }

        foreach (var violation in violations)
        {
            diagnostics.Add(violation.ToDiagnostic(dataDisplay!));
        }

        return new Result(report, []);
    }

    /// <summary>The searchable text of a placed table: its labels and figures, without markup.</summary>
    public static string? TextOf(Block block) =>
        block is TableShortcodeBlock { Html: { } html } ? WebUtility.HtmlDecode(Tags().Replace(html, " ")) : null;

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

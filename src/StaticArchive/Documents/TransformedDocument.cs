using StaticArchive.Content;
using StaticArchive.Tables.Data;
using StaticArchive.Tables.Rules;

namespace StaticArchive.Documents;

/// <summary>
/// A document after Transform: its metadata plus what the page and the search index need. The body HTML
/// and text live only while the document's own page is rendered; listings keep <see cref="Document"/>.
/// <see cref="Links"/> is what the checks need of the body: its links and heading ids.
/// </summary>
/// <param name="Inconsistencies">Figures of an acknowledged report that do not add up; the page lists them.</param>
internal sealed record TransformedDocument(Document Document, string BodyHtml, string Text, IReadOnlyList<TableViolation> Inconsistencies, string Excerpt, ReportTables? Report, DocumentLinks Links);

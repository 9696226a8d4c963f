using StaticArchive.Content;
using StaticArchive.Tables.Data;

namespace StaticArchive.Documents;

/// <summary>
/// A document after Transform: its metadata plus what the page and the search index need. The body HTML
/// and text live only while the document's own page is rendered; listings keep <see cref="Document"/>.
/// </summary>
public sealed record TransformedDocument(Document Document, string BodyHtml, string Text, string? NoticeHtml, string Excerpt, ReportTables? Report);

namespace StaticArchive.Import.Sources;

/// <summary>
/// A published document as read from one input file: its body as blocks in reading order, what the page states
/// about it, and the fingerprint of the file's bytes (to recognise a second import of the same source).
/// </summary>
/// <param name="Path">The input file.</param>
/// <param name="Format">html, text, pdf or docx.</param>
/// <param name="Metadata">What the page states outside the body.</param>
/// <param name="Blocks">The body.</param>
/// <param name="ContentHash">SHA-256 of the file's bytes, lowercase hex.</param>
/// <param name="Notes">What the reader noticed and removed or could not read (page numbers, site chrome…).</param>
/// <param name="TableText">For a source without cell boundaries (plain text, a text dump), the body text in
/// which tables are read, line breaks kept; null when the tables are real tables.</param>
internal sealed record SourceDocument(
    string Path,
    string Format,
    SourceMetadata Metadata,
    IReadOnlyList<SourceBlock> Blocks,
    string ContentHash,
    IReadOnlyList<string> Notes,
    string? TableText = null)
{
    /// <summary>True when the body has tables with real cell boundaries.</summary>
    public bool HasCellBoundaries => Blocks.OfType<TableBlock>().Any();

    /// <summary>The body's text, paragraphs and table cells in reading order, one block a line.</summary>
    public string BodyText => string.Join('\n', Blocks.Select(b => b switch
    {
        ParagraphBlock p => p.Text,
        TableBlock t => string.Join(' ', t.Rows.SelectMany(r => r)),
        _ => "",
    }));
}

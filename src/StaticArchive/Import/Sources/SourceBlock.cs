namespace StaticArchive.Import.Sources;

/// <summary>One block of a source document's body, in reading order: a paragraph or a table.</summary>
internal abstract record SourceBlock;

/// <summary>A paragraph of running text, as printed (line breaks of a dump already re-joined).</summary>
/// <param name="Text">The paragraph's text.</param>
internal sealed record ParagraphBlock(string Text) : SourceBlock;

/// <summary>A table with real cell boundaries (HTML, Word, or cells a PDF's word positions separate).</summary>
/// <param name="Rows">Each row's cells that start in that row (a cell spanning rows appears once, in its first row).</param>
internal sealed record TableBlock(IReadOnlyList<IReadOnlyList<string>> Rows) : SourceBlock
{
    /// <summary>All the table's text, for recognising which table it is.</summary>
    public string AllText => string.Concat(Rows.SelectMany(r => r));
}

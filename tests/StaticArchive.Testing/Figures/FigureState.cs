namespace StaticArchive.Testing.Figures;

/// <summary>What one agency's report hands on to its next: stocks of documents and items, requests carried forward.</summary>
internal sealed class FigureState
{
    public int? Regulations { get; set; }

    public int? NormativeDocuments { get; set; }

    public long[]? CarriedForward { get; set; }

    public Dictionary<string, int> Items { get; } = [];
}

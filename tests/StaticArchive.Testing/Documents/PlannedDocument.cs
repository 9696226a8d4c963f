namespace StaticArchive.Testing.Documents;

/// <summary>One document to write: where, what type, when, and a proposal's particulars.</summary>
internal sealed record PlannedDocument(int Agency, int Year, string Type, string Slug, string Date)
{
    public string Kind { get; init; } = "";

    public int Number { get; init; }

    public string Session { get; init; } = "";

    public string Proposer { get; init; } = "";

    public string Result { get; init; } = "";

    public string Topic { get; init; } = "";

    /// <summary>Reports first, then guides, then proposals, within one agency-year.</summary>
    public int TypeOrder => Type switch { "annual-report" => 0, "guide" => 1, _ => 2 };
}

namespace StaticArchive.Import.Recognition;

/// <summary>
/// What the source states about a document: each fact null when it does not state it (never guessed), with
/// where each stated fact was read, for the report.
/// </summary>
internal sealed record DocumentFacts
{
    /// <summary>annual-report, guide, proposal or document.</summary>
    public required string Kind { get; init; }

    /// <summary>How the kind was decided.</summary>
    public required string KindReason { get; init; }

    /// <summary>标题.</summary>
    public string? Title { get; init; }

    /// <summary>The agency's name as printed (from the title or the reply's heading).</summary>
    public string? AgencyName { get; init; }

    /// <summary>The year: a report's statistics year from its title, else the year of publication.</summary>
    public int? Year { get; init; }

    /// <summary>Where the year came from.</summary>
    public string? YearReason { get; init; }

    /// <summary>发布日期 as the page states it.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>原文链接.</summary>
    public string? Url { get; init; }
}

namespace StaticArchive.Import.Reporting;

/// <summary>Everything the import tells the editor about one input document.</summary>
public sealed record DocumentReport
{
    /// <summary>The input file.</summary>
    public required string Input { get; init; }

    /// <summary>html, text, pdf or docx.</summary>
    public required string Format { get; init; }

    /// <summary>imported, already-imported, would-import (dry run) or failed.</summary>
    public required string Outcome { get; init; }

    /// <summary>annual-report, guide, proposal or document; null when it could not be read.</summary>
    public string? Kind { get; init; }

    /// <summary>gb2021, gb2019 or pre2019 for an annual report.</summary>
    public string? FormatVersion { get; init; }

    /// <summary>标题.</summary>
    public string? Title { get; init; }

    /// <summary>The agency's name as the document states it, if it does.</summary>
    public string? AgencyName { get; init; }

    /// <summary>The files written (or that would be), relative to the content folder's parent.</summary>
    public IReadOnlyList<string> Outputs { get; init; } = [];

    /// <summary>The standard tables (annual reports of the 2019 and 2021 formats).</summary>
    public IReadOnlyList<TableReport> Tables { get; init; } = [];

    /// <summary>The consistency rules checked, e.g. R1–R4.</summary>
    public IReadOnlyList<string> RulesChecked { get; init; } = [];

    /// <summary>Each rule the printed figures break, as the build words it.</summary>
    public IReadOnlyList<string> RulesBroken { get; init; } = [];

    /// <summary>The standard sections found.</summary>
    public IReadOnlyList<string> SectionsFound { get; init; } = [];

    /// <summary>The standard sections not found.</summary>
    public IReadOnlyList<string> SectionsMissing { get; init; } = [];

    /// <summary>Fields the source does not state, left empty.</summary>
    public IReadOnlyList<string> NotStated { get; init; } = [];

    /// <summary>Everything else, by level.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>True when anything needs a human look.</summary>
    public bool NeedsReview => RulesBroken.Count > 0 || Tables.Any(t => t.Ambiguous.Count > 0) || Findings.Any(f => f.Level == FindingLevel.Review);

    /// <summary>True when the document failed to import.</summary>
    public bool Failed => Findings.Any(f => f.Level == FindingLevel.Error);
}

namespace StaticArchive.Testing;

/// <summary>What a generated archive holds, for tests to check a build against.</summary>
public sealed record ArchiveManifest
{
    /// <summary>Every agency's slug, parents before children.</summary>
    public required IReadOnlyList<string> Agencies { get; init; }

    /// <summary>Every document (<c>content/…/….md</c>), in file order.</summary>
    public required IReadOnlyList<string> Documents { get; init; }

    /// <summary>Every report's data file (<c>content/…/annual-report-YYYY.yml</c>), in file order.</summary>
    public required IReadOnlyList<string> ReportDataFiles { get; init; }

    /// <summary>The reports with one deliberately changed figure, in file order.</summary>
    public required IReadOnlyList<InconsistentTable> Inconsistent { get; init; }

    /// <summary>The reports with blank totals, in file order.</summary>
    public required IReadOnlyList<BlankCellsTable> Blank { get; init; }
}

namespace StaticArchive.Import.Reporting;

/// <summary>The result of one <c>import</c> run: a report per input document, in the order they were imported.</summary>
/// <param name="Documents">One report per document.</param>
/// <param name="DryRun">True when nothing was written.</param>
public sealed record ImportReport(IReadOnlyList<DocumentReport> Documents, bool DryRun)
{
    /// <summary>0 when everything imported cleanly, 1 on any error, 2 when something needs a human look.</summary>
    public int ExitCode => Documents.Any(d => d.Failed) ? 1 : Documents.Any(d => d.NeedsReview) ? 2 : 0;
}

namespace StaticArchive.Core;

/// <summary>The outcome of a build.</summary>
/// <param name="Diagnostics">Every problem found, sorted by file and line.</param>
/// <param name="Documents">How many documents were read.</param>
/// <param name="PagesWritten">How many HTML pages were written (0 when the build failed).</param>
/// <param name="FilesWritten">How many files of any kind were written.</param>
/// <param name="Elapsed">Wall time of the build.</param>
/// <param name="RenderedPages">The output paths of the pages rendered, for tests and incremental builds.</param>
public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    int Documents,
    int PagesWritten,
    int FilesWritten,
    TimeSpan Elapsed,
    IReadOnlyList<string> RenderedPages)
{
    /// <summary>Every file of the site this build produced or kept (relative to the output folder), also in a dry run.</summary>
    public IReadOnlyList<string> OutputPaths { get; init; } = [];

    /// <summary>The files whose bytes differ from the previous output (so were written); empty when the build failed.</summary>
    public IReadOnlyList<string> ChangedFiles { get; init; } = [];

    /// <summary>Files, bytes and the largest file of the output; null when the build failed.</summary>
    public OutputSummary? Output { get; init; }

    /// <summary>True when nothing had changed since the last build, so its output was kept as it was.</summary>
    public bool UpToDate { get; init; }

    /// <summary>True when no error was found and the output was replaced.</summary>
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);

    /// <summary>The number of errors.</summary>
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    /// <summary>The drafts (SA1023) by file: <c>build</c> and <c>check</c> leave them out, <c>serve</c> shows them marked 草稿.</summary>
    public IReadOnlyList<string> Drafts => [.. Diagnostics.Where(d => d.Code == DiagnosticCodes.Draft).Select(d => d.File).Distinct(StringComparer.Ordinal)];

    /// <summary>The number of warnings.</summary>
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);
}

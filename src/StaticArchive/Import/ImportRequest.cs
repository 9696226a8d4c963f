namespace StaticArchive.Import;

/// <summary>What to import and where.</summary>
/// <param name="Inputs">Files or folders, as given.</param>
/// <param name="Agency">The agency's slug (its folder under the content folder).</param>
/// <param name="ContentDirectory">The content folder.</param>
/// <param name="Year">The year folder, when the source does not state it (or to override it).</param>
/// <param name="Type">annual-report, proposal, guide or document, to override detection.</param>
/// <param name="DryRun">Read and report, write nothing.</param>
/// <param name="Force">Overwrite an existing file (a second import of the same source included).</param>
public sealed record ImportRequest(
    IReadOnlyList<string> Inputs,
    string Agency,
    string ContentDirectory,
    int? Year = null,
    string? Type = null,
    bool DryRun = false,
    bool Force = false);

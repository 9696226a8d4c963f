namespace StaticArchive.Testing;

/// <summary>A report whose data file has one figure deliberately changed, so that it breaks the arithmetic.</summary>
/// <param name="File">The data file, e.g. <c>content/dongan-czj/2021/annual-report-2021.yml</c>.</param>
/// <param name="Document">The report beside it (it acknowledges the inconsistency in its front matter).</param>
/// <param name="Figure">The changed cell as a key path, e.g. <c>table3.denied.state_secret.commercial_enterprise</c>.</param>
/// <param name="Original">The figure before the change.</param>
/// <param name="Value">The figure as written.</param>
/// <param name="Rules">The rules the change breaks (R1–R4), by the generator's own arithmetic.</param>
/// <param name="Violations">The generator's description of each broken sum.</param>
public sealed record InconsistentTable(
    string File,
    string Document,
    string Figure,
    long Original,
    long Value,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Violations);

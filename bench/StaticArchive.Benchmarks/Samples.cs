namespace StaticArchive.Benchmarks;

/// <summary>The sample documents copied next to the benchmark binary (see the project file).</summary>
public static class Samples
{
    public static string AnnualReport => Read("annual-report-2023.md");

    public static string AnnualReportTables => Read("annual-report-2023.yml");

    public static string Proposal => Read("npc-suggestion-165.md");

    public static string SiteSettings => Read("site.yml");

    public static string Agency => Read("_agency.yml");

    /// <summary>Splits "---\nyaml\n---\nbody" the way every static-site generator does.</summary>
    public static (string FrontMatter, string Body) Split(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        const string Fence = "---\n";
        var end = document.IndexOf("\n" + Fence, Fence.Length, StringComparison.Ordinal);
        return end < 0
            ? (string.Empty, document)
            : (document[Fence.Length..(end + 1)], document[(end + 1 + Fence.Length)..]);
    }

    private static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name));
}

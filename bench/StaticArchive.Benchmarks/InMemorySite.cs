using System.Text;
using StaticArchive.IO;

namespace StaticArchive.Benchmarks;

/// <summary>
/// A site in a <see cref="MemoryFileSystem"/> made of the sample documents: each agency gets the same 2023 annual
/// report (with its tables) and proposal reply, so the builder's work is measured
/// without the disk.
/// </summary>
internal static class InMemorySite
{
    public const string Root = "/site";
    public const string Content = Root + "/content";
    public const string Output = Root + "/output";

    public static MemoryFileSystem Create(int agencies)
    {
        var files = new MemoryFileSystem();
        Write(files, "site.yml", Samples.SiteSettings);
        // The sample agency names a parent that this small site lacks.
        var agency = string.Join('\n', Samples.Agency.Split('\n').Where(line => !line.StartsWith("parent:", StringComparison.Ordinal)));
        for (var i = 0; i < agencies; i++)
        {
            var slug = $"agency-{i:000}";
            Write(files, $"{slug}/_agency.yml", agency);
            Write(files, $"{slug}/2023/annual-report-2023.md", Samples.AnnualReport);
            Write(files, $"{slug}/2023/annual-report-2023.yml", Samples.AnnualReportTables);
            Write(files, $"{slug}/2023/npc-suggestion-165.md", ProposalInFullForm);
        }

        return files;
    }

    // TODO: use Samples.Proposal as it is once the builder accepts the corpus's flat `result: solved`
    // (today ProposalReader reports SA1003 for it, so every generated proposal fails the build).
    private static string ProposalInFullForm =>
        Samples.Proposal.Replace("result: solved\n", "result: {code: A}\n", StringComparison.Ordinal);

    private static void Write(MemoryFileSystem files, string relative, string text) =>
        files.WriteAllBytes($"{Content}/{relative}", Encoding.UTF8.GetBytes(text));
}

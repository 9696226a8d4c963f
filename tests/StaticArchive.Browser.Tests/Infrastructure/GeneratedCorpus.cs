using System.Diagnostics;
using System.Text.RegularExpressions;

namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>Runs the shared corpus generator (<c>gen-corpus.py</c>) to get a larger, realistic archive.</summary>
public static partial class GeneratedCorpus
{
    /// <summary>Generates <paramref name="documents"/> documents into <paramref name="folder"/>; returns its content/ folder.</summary>
    public static string Generate(string folder, int documents)
    {
        var script = FindScript();
        var start = new ProcessStartInfo("python3")
        {
            ArgumentList = { script, "--docs", documents.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "1", "--out", folder },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"gen-corpus.py failed ({process.ExitCode}): {stderr.Result}");
        }

        var content = Path.Combine(folder, "content");
        NormaliseProposalResults(content);
        return content;
    }

    // The generator writes `result: in-progress` (a bare word), which the library's front-matter check rejects
    // (SA1003) although ProposalReader understands A–D codes. Until the two agree, spell the result as a code
    // mapping the library accepts, so the generated archive builds and its pages can be tested.
    private static void NormaliseProposalResults(string content)
    {
        foreach (var file in Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            var fixedText = BareResult().Replace(text, m => $"result: {{code: {Code(m.Groups[1].Value)}}}");
            if (fixedText != text)
            {
                File.WriteAllText(file, fixedText);
            }
        }
    }

    private static string Code(string result) => result switch
    {
        "solved" => "A",
        "in-progress" => "B",
        "planned" => "C",
        _ => "D",
    };

    private static string FindScript()
    {
        string[] candidates =
        [
            Environment.GetEnvironmentVariable("STATICARCHIVE_GEN_CORPUS") ?? "",
            RepositoryRoot.Combine("bench", "gen-corpus.py"),
            "/work/shared/bench/gen-corpus.py",
        ];
        return candidates.FirstOrDefault(p => p.Length > 0 && File.Exists(p))
            ?? throw new InvalidOperationException("gen-corpus.py not found (set STATICARCHIVE_GEN_CORPUS).");
    }

    [GeneratedRegex(@"^result: ([a-z-]+)\s*$", RegexOptions.Multiline)]
    private static partial Regex BareResult();
}

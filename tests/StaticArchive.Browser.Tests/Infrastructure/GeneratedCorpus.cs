using System.Diagnostics;

namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>Runs the shared corpus generator (<c>gen-corpus.py</c>) to get a larger, realistic archive.</summary>
public static class GeneratedCorpus
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

        return Path.Combine(folder, "content");
    }

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
}

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

    // The same rule as the unit tests' GenCorpus: STATICARCHIVE_GEN_CORPUS, else shared/bench/ in a folder above
    // the test binaries (it sits beside the repository on developers' machines and in CI).
    private static string FindScript()
    {
        if (Environment.GetEnvironmentVariable("STATICARCHIVE_GEN_CORPUS") is { Length: > 0 } fromEnv)
        {
            return fromEnv;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "shared", "bench", "gen-corpus.py");
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw new InvalidOperationException(
            "shared/bench/gen-corpus.py not found above the test folder; set STATICARCHIVE_GEN_CORPUS to its path.");
    }
}

namespace StaticArchive.Tests.Support;

/// <summary>
/// Finds the corpus generator (<c>shared/bench/gen-corpus.py</c>), which sits beside the repository both on
/// developers' machines and in CI: STATICARCHIVE_GEN_CORPUS, else a <c>shared/bench/</c> folder above the test
/// binaries.
/// </summary>
public static class GenCorpus
{
    /// <summary>The script's path, or null when it is nowhere to be found.</summary>
    public static string? Find()
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

        return null;
    }

    /// <summary>The script's path; fails the test (rather than quietly testing less) when it is missing.</summary>
    public static string Require() =>
        Find() ?? throw new InvalidOperationException("shared/bench/gen-corpus.py not found above the test folder; set STATICARCHIVE_GEN_CORPUS to its path.");
}

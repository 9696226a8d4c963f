namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>Where the suite writes files for people to look at (git-ignored): screenshots of key pages.</summary>
public static class Artifacts
{
    /// <summary>The screenshot folder, under the test output (<c>bin/…/test-artifacts/screenshots</c>).</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "test-artifacts", "screenshots");
}

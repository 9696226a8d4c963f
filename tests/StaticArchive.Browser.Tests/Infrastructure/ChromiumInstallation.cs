namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, which the tests drive (Playwright's own browser download is not reachable here).
/// Missing Chromium skips the tests on a developer machine but fails them on CI, where it must be installed.
/// </summary>
public static class ChromiumInstallation
{
    /// <summary>Where Debian's <c>chromium</c> package puts the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>True when the browser is installed.</summary>
    public static bool IsInstalled => File.Exists(ExecutablePath);

    /// <summary>True on CI (<c>CI=true</c>), where a missing browser is a failure, not a skip.</summary>
    public static bool IsCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The skip reason for a developer machine without Chromium, or null to run the test.</summary>
    public static string? SkipReason =>
        IsInstalled || IsCi
            ? null
            : $"{ExecutablePath} not found: run `apt-get install chromium fonts-noto-cjk` to run the browser tests.";

    /// <summary>The failure message on CI without Chromium.</summary>
    public static string MissingOnCiMessage =>
        $"CI=true but {ExecutablePath} is missing: the browser tests need Debian's chromium package " +
        "(`apt-get install -y chromium fonts-noto-cjk`).";
}

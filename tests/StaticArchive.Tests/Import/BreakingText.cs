namespace StaticArchive.Tests.Import;

/// <summary>Breaking a real source on purpose: every replacement must find what it replaces.</summary>
internal static class BreakingText
{
    /// <summary>Replaces every occurrence of <paramref name="old"/>, which must occur.</summary>
    public static string Must(this string text, string old, string replacement)
    {
        Assert.True(text.Contains(old, StringComparison.Ordinal), $"the source has no “{old}” to break");
        return text.Replace(old, replacement, StringComparison.Ordinal);
    }
}

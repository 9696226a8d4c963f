namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>A theory that is skipped, with a hint, when Chromium is missing outside CI.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> from <see cref="ChromiumInstallation.SkipReason"/>.</summary>
    public BrowserTheoryAttribute()
    {
        Skip = ChromiumInstallation.SkipReason;
    }
}

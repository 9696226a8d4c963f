namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>A fact that is skipped, with a hint, when Chromium is missing outside CI (xunit 2 has no dynamic skip).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> from <see cref="ChromiumInstallation.SkipReason"/>.</summary>
    public BrowserFactAttribute()
    {
        Skip = ChromiumInstallation.SkipReason;
    }
}

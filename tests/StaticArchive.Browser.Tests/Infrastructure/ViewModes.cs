namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>Looks view modes up by name, so theories show readable names in test results.</summary>
public static class ViewModes
{
    private static readonly ViewMode[] Known =
    [
        ViewMode.Default, ViewMode.LargeText, ViewMode.Phone, ViewMode.PhoneLargeText, ViewMode.Narrow320,
        ViewMode.Zoom200, ViewMode.Dark, ViewMode.ReducedMotionDarkPhone,
    ];

    /// <summary>The mode with that name.</summary>
    public static ViewMode Named(string name) => Known.Single(m => m.Name == name);
}

using Microsoft.Playwright;

namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>How a reader sees the site: window size, zoom, the 大字体高对比 mode and the system's media preferences.</summary>
public sealed record ViewMode(
    string Name,
    int Width,
    int Height,
    bool IsLargeText = false,
    float DeviceScaleFactor = 1,
    ColorScheme ColorScheme = ColorScheme.Light,
    ReducedMotion ReducedMotion = ReducedMotion.NoPreference,
    bool Mobile = false)
{
    /// <summary>A desktop window.</summary>
    public static readonly ViewMode Default = new("default", 1280, 900);

    /// <summary>The 大字体高对比 mode the reader switched on earlier.</summary>
    public static readonly ViewMode LargeText = new("large-text", 1280, 900, IsLargeText: true);

    /// <summary>A common phone.</summary>
    public static readonly ViewMode Phone = new("phone-375", 375, 740, DeviceScaleFactor: 2, Mobile: true);

    /// <summary>A phone with the 大字体高对比 mode on.</summary>
    public static readonly ViewMode PhoneLargeText = new("phone-375-large-text", 375, 740, IsLargeText: true, DeviceScaleFactor: 2, Mobile: true);

    /// <summary>WCAG 1.4.10 Reflow: 320 CSS px (a 1280 px window at 400%).</summary>
    public static readonly ViewMode Narrow320 = new("narrow-320", 320, 640);

    /// <summary>WCAG 1.4.4: a 1280 px window at 200% zoom is a 640 CSS px viewport at device scale 2.</summary>
    public static readonly ViewMode Zoom200 = new("zoom-200", 640, 450, DeviceScaleFactor: 2);

    /// <summary>The system's dark colour scheme.</summary>
    public static readonly ViewMode Dark = new("dark", 1280, 900, ColorScheme: ColorScheme.Dark);

    /// <summary>The system's reduce-motion setting, on a phone in dark mode (the settings come together).</summary>
    public static readonly ViewMode ReducedMotionDarkPhone =
        new("reduced-motion-dark-phone", 375, 740, ColorScheme: ColorScheme.Dark, ReducedMotion: ReducedMotion.Reduce, Mobile: true);

    /// <summary>The Playwright context options for this mode.</summary>
    public BrowserNewContextOptions ContextOptions() => new()
    {
        ViewportSize = new ViewportSize { Width = Width, Height = Height },
        DeviceScaleFactor = DeviceScaleFactor,
        ColorScheme = ColorScheme,
        ReducedMotion = ReducedMotion,
        IsMobile = Mobile,
        HasTouch = Mobile,
        Locale = "zh-CN",
    };

    /// <summary>True when <paramref name="other"/> differs from this mode only in the 大字体 choice, so one page can show both.</summary>
    public bool DiffersOnlyInLargeText(ViewMode other) =>
        this with { Name = other.Name, IsLargeText = other.IsLargeText } == other;

    /// <inheritdoc />
    public override string ToString() => Name;
}

using Microsoft.Playwright;

namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>Moves through a page with the Tab key as a keyboard-only reader does, describing each stop.</summary>
public static class KeyboardWalk
{
    /// <summary>A stop: the focused element's selector-like description, and whether it is visible and unobscured.</summary>
    public sealed record Stop(string Element, string Text, bool Visible, bool Obscured, bool HasFocusIndicator);

    // Where the focused element is and whether anything (a sticky header, say) covers its middle (WCAG 2.4.11),
    // and whether it shows an outline or box-shadow when focused (2.4.7).
    private const string DescribeFocus = """
        () => {
          const el = document.activeElement;
          if (!el || el === document.body) return { element: 'body', text: '', visible: false, obscured: false, indicator: false };
          const r = el.getBoundingClientRect();
          const visible = r.width > 0 && r.height > 0 && r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
          let obscured = false;
          if (visible) {
            const x = Math.min(Math.max(r.left + r.width / 2, 0), innerWidth - 1);
            const y = Math.min(Math.max(r.top + Math.min(r.height / 2, 12), 0), innerHeight - 1);
            const hit = document.elementFromPoint(x, y);
            obscured = !(hit && (hit === el || el.contains(hit) || hit.contains(el)));
          }
          const s = getComputedStyle(el);
          const indicator = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
          const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '');
          return { element: name, text: (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().slice(0, 40), visible, obscured, indicator };
        }
        """;

    /// <summary>Presses Tab up to <paramref name="limit"/> times from the top of the page, recording every stop.</summary>
    public static async Task<IReadOnlyList<Stop>> TabThroughAsync(IPage page, int limit)
    {
        var stops = new List<Stop>();
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            stops.Add(await CurrentAsync(page));
        }

        return stops;
    }

    /// <summary>Presses Tab until <paramref name="isTarget"/> says the focus arrived; null when it never does.</summary>
    public static async Task<Stop?> TabUntilAsync(IPage page, Func<Stop, bool> isTarget, int limit)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var stop = await CurrentAsync(page);
            if (isTarget(stop))
            {
                return stop;
            }
        }

        return null;
    }

    /// <summary>The element that has the focus now.</summary>
    public static async Task<Stop> CurrentAsync(IPage page)
    {
        var focus = await page.EvaluateAsync<FocusInfo>(DescribeFocus);
        return new Stop(focus.Element, focus.Text, focus.Visible, focus.Obscured, focus.Indicator);
    }

    // Playwright deserialises into a type with a parameterless constructor and settable properties.
    private sealed class FocusInfo
    {
        public string Element { get; set; } = "";

        public string Text { get; set; } = "";

        public bool Visible { get; set; }

        public bool Obscured { get; set; }

        public bool Indicator { get; set; }
    }
}

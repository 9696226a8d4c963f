using System.Text;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>
/// Runs axe-core with the WCAG 2.0–2.2 A/AA rules and describes each violation for a failure message.
/// </summary>
/// <remarks>
/// axe-core is the one Deque.AxeCore bundles, but it is run directly: the package's <c>RunAxe</c> compiles the
/// 550 kB script twice per call (once in the page, once in a blank page it opens for <c>finishRun</c>) and sends
/// every passing node back, which made it 6–8 s a page on a busy 2-core machine. Here the script is evaluated
/// once per loaded document (so several view modes can share it) and only the violations come back; the rules
/// and the document checked are the same. The sites have no iframes, so there is nothing for <c>runPartial</c>
/// to gather.
/// </remarks>
public static class AxeCheck
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    // Each violation and element as a line: "id (impact) at target: help", the checks' messages, the element.
    private const string RunScript = """
        async runOnly => {
          const result = await axe.run(document, { runOnly, resultTypes: ['violations'] });
          return result.violations.flatMap(v => v.nodes.map(n => ({
            id: v.id,
            impact: v.impact || '',
            help: v.help,
            target: JSON.stringify(n.target),
            html: n.html,
            checks: [...new Set([...(n.any || []), ...(n.all || []), ...(n.none || [])]
              .map(c => c.message).filter(m => m && m.trim()))].join('; '),
          })));
        }
        """;

    /// <summary>The violations on the page, one readable line per violation and element; empty when it passes.</summary>
    public static Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string label) =>
        RunAsync(page, label, new { type = "tag", values = WcagTags });

    /// <summary>Only the colour-contrast violations (WCAG 1.4.3), for modes that change nothing but colours.</summary>
    public static Task<IReadOnlyList<string>> ContrastViolationsAsync(IPage page, string label) =>
        RunAsync(page, label, new { type = "rule", values = new[] { "color-contrast" } });

    private static async Task<IReadOnlyList<string>> RunAsync(IPage page, string label, object runOnly)
    {
        // Evaluated, not added as a <script>: the sites' CSP allows only their own scripts.
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            await page.EvaluateAsync("() => " + Source.Value);
        }

        var violations = await page.EvaluateAsync<Violation[]>(RunScript, runOnly);
        return violations
            .Select(v => $"[{label}] {v.Id} ({v.Impact}) at {v.Target}: {v.Help}" +
                $"{Environment.NewLine}    {v.Checks}{Environment.NewLine}    {v.Html}")
            .ToList();
    }

    /// <summary>A failure message listing every violation, or null when there are none.</summary>
    public static string? Describe(IEnumerable<string> violations)
    {
        var list = violations.ToList();
        if (list.Count == 0)
        {
            return null;
        }

        var text = new StringBuilder($"{list.Count} axe violation(s):{Environment.NewLine}");
        foreach (var line in list)
        {
            text.AppendLine(line);
        }

        return text.ToString();
    }

    // Playwright deserialises into a type with a parameterless constructor and settable properties.
    private sealed class Violation
    {
        public string Id { get; set; } = "";

        public string Impact { get; set; } = "";

        public string Help { get; set; } = "";

        public string Target { get; set; } = "";

        public string Html { get; set; } = "";

        public string Checks { get; set; } = "";
    }
}

using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>Runs axe-core with the WCAG 2.0–2.2 A/AA rules and describes each violation for a failure message.</summary>
public static class AxeCheck
{
    private static readonly List<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    /// <summary>The violations on the page, one readable line per violation and element; empty when it passes.</summary>
    public static Task<IReadOnlyList<string>> ViolationsAsync(IPage page, string label) =>
        RunAsync(page, label, new RunOnlyOptions { Type = "tag", Values = WcagTags });

    /// <summary>Only the colour-contrast violations (WCAG 1.4.3), for modes that change nothing but colours.</summary>
    public static Task<IReadOnlyList<string>> ContrastViolationsAsync(IPage page, string label) =>
        RunAsync(page, label, new RunOnlyOptions { Type = "rule", Values = ["color-contrast"] });

    private static async Task<IReadOnlyList<string>> RunAsync(IPage page, string label, RunOnlyOptions rules)
    {
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = rules });
        var lines = new List<string>();
        foreach (var violation in result.Violations)
        {
            foreach (var node in violation.Nodes)
            {
                lines.Add($"[{label}] {violation.Id} ({violation.Impact}) at {node.Target}: {violation.Help}" +
                    $"{Environment.NewLine}    {Checks(node)}{Environment.NewLine}    {node.Html}");
            }
        }

        return lines;
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

    // What axe's checks said about the element (the "fix any of / fix all of" messages of its report).
    private static string Checks(AxeResultNode node) =>
        string.Join("; ", new[] { node.Any, node.All, node.None }
            .Where(checks => checks is not null)
            .SelectMany(checks => checks!)
            .Select(check => check.Message)
            .Where(message => !string.IsNullOrWhiteSpace(message))
            .Distinct());
}

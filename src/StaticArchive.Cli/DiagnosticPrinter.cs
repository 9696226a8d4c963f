using Spectre.Console;
using StaticArchive.Core;

namespace StaticArchive.Cli;

/// <summary>Prints diagnostics the way compilers do, one per line, with the hint under it.</summary>
public static class DiagnosticPrinter
{
    /// <summary>Prints every diagnostic.</summary>
    public static void Print(IAnsiConsole console, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(diagnostics);
        foreach (var d in diagnostics)
        {
            var colour = d.Severity == Severity.Error ? "red" : "yellow";
            var word = d.Severity == Severity.Error ? "error" : "warning";
            console.MarkupLineInterpolated($"{d.Location}: [{colour}]{word} {d.Code}[/]: {d.Message}");
            console.MarkupLineInterpolated($"    [grey]提示：{d.Hint}[/]");
        }
    }
}

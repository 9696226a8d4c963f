using Spectre.Console;
using StaticArchive.Core;

namespace StaticArchive.Cli;

/// <summary>Prints diagnostics the way compilers do, one per line, with the hint under it.</summary>
public static class DiagnosticPrinter
{
    /// <summary>How many warnings of one code <c>build</c> and <c>serve</c> print; <c>check</c> lists them all.</summary>
    public const int WarningsPerCode = 20;

    /// <summary>Prints every error and the first <see cref="WarningsPerCode"/> warnings of each code, then how many more there are.</summary>
    public static void Print(IAnsiConsole console, IReadOnlyList<Diagnostic> diagnostics)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var printed = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in diagnostics)
        {
            if (d.Severity == Severity.Warning && (printed[d.Code] = printed.GetValueOrDefault(d.Code) + 1) > WarningsPerCode)
            {
                continue;
            }

            var colour = d.Severity == Severity.Error ? "red" : "yellow";
            var word = d.Severity == Severity.Error ? "error" : "warning";
            console.MarkupLineInterpolated($"{d.Location}: [{colour}]{word} {d.Code}[/]: {d.Message}");
            console.MarkupLineInterpolated($"    [grey]提示：{d.Hint}[/]");
        }

        foreach (var (code, count) in printed.Where(p => p.Value > WarningsPerCode).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            console.MarkupLineInterpolated($"[yellow]另有 {count - WarningsPerCode} 个 {code} 警告没有列出[/]：运行 check 可以列出全部。");
        }
    }
}

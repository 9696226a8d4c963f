using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Spectre.Console;
using StaticArchive.Checks;
using StaticArchive.Core;

namespace StaticArchive.Cli;

/// <summary>Prints <c>check</c> results: grouped by file with the offending line shown, or as JSON.</summary>
public static class CheckPrinter
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    /// <summary>Human output: one block per file, each diagnostic with the source line under it.</summary>
    public static void Human(IAnsiConsole console, CheckResult result, string root)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        foreach (var file in result.Diagnostics.GroupBy(d => d.File))
        {
            console.MarkupLineInterpolated($"[bold]{file.Key}[/]");
            var lines = ReadLines(Path.Combine(root, file.Key));
            foreach (var d in file)
            {
                var colour = d.Severity == Severity.Error ? "red" : "yellow";
                var word = d.Severity == Severity.Error ? "error" : "warning";
                console.MarkupLineInterpolated($"  {(d.Line > 0 ? $"{d.Line}:{Math.Max(d.Column, 1)}" : "-")} [{colour}]{word} {d.Code}[/] {d.Message}");
                if (d.Line > 0 && d.Line <= lines.Length)
                {
                    console.MarkupLineInterpolated($"    [grey]{d.Line,4} |[/] {lines[d.Line - 1].TrimEnd('\r')}");
                }

                console.MarkupLineInterpolated($"    [grey]提示：{d.Hint}[/]");
            }
        }

        var summary = result.Errors > 0 ? "red" : result.Warnings > 0 ? "yellow" : "green";
        console.MarkupLineInterpolated($"[{summary}]检查完成[/]：{result.Documents} 篇文档，{result.Errors} 个错误，{result.Warnings} 个警告。");
    }

    /// <summary>Machine output: one JSON object, written unwrapped.</summary>
    public static void Json(IAnsiConsole console, CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(result);
        var json = JsonSerializer.Serialize(
            new
            {
                documents = result.Documents,
                errors = result.Errors,
                warnings = result.Warnings,
                diagnostics = result.Diagnostics.Select(d => new { severity = d.Severity == Severity.Error ? "error" : "warning", d.Code, d.File, d.Line, d.Column, d.Message, d.Hint }),
            },
            JsonOptions);
        console.Profile.Out.Writer.WriteLine(json); // raw: the console would wrap long lines and break the JSON
    }

    private static string[] ReadLines(string path) => File.Exists(path) ? File.ReadAllLines(path) : [];
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Spectre.Console;
using StaticArchive.Import.Reporting;

namespace StaticArchive.Cli;

/// <summary>Prints an import's report: grouped by document for the editor, or as JSON for machines.</summary>
public static class ImportPrinter
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    private static readonly Dictionary<string, string> Outcomes = new(StringComparer.Ordinal)
    {
        ["imported"] = "已导入",
        ["would-import"] = "将导入（试运行，未写文件）",
        ["already-imported"] = "已导入过，跳过",
        ["failed"] = "未导入",
    };

    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["annual-report"] = "年度报告",
        ["guide"] = "政府信息公开指南",
        ["proposal"] = "建议提案办理",
        ["document"] = "其他文件",
    };

    /// <summary>Human output: one block per document.</summary>
    public static void Human(IAnsiConsole console, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        foreach (var d in report.Documents)
        {
            var colour = d.Failed ? "red" : d.NeedsReview ? "yellow" : "green";
            console.MarkupLineInterpolated($"[bold]{d.Input}[/]");
            console.MarkupLineInterpolated($"  [{colour}]{Outcomes.GetValueOrDefault(d.Outcome, d.Outcome)}[/]  {d.Format} · {(d.Kind is null ? "-" : Kinds.GetValueOrDefault(d.Kind, d.Kind))}{(d.FormatVersion is null ? "" : " · " + d.FormatVersion)}");
            if (d.Title is not null)
            {
                console.MarkupLineInterpolated($"  标题：{d.Title}");
            }

            foreach (var output in d.Outputs)
            {
                console.MarkupLineInterpolated($"  → {output}");
            }

            foreach (var t in d.Tables)
            {
                console.MarkupLineInterpolated($"  {t.Heading}：数字 {t.Found + t.Blank}/{t.Total}（读出 {t.Found}，空白 {t.Blank}，未印 {t.NotPrinted}，存疑 {t.Ambiguous.Count}）");
                foreach (var missing in t.Missing)
                {
                    console.MarkupLineInterpolated($"    未印出的行：{missing}");
                }

                foreach (var a in t.Ambiguous)
                {
                    console.MarkupLineInterpolated($"    [yellow]存疑[/] {a.Label}（{a.Cell}）：可能是 {string.Join(" / ", a.Candidates)}，未填（null）");
                }

                foreach (var note in t.Notes)
                {
                    console.MarkupLineInterpolated($"    {note}");
                }
            }

            if (d.RulesChecked.Count > 0)
            {
                console.MarkupLineInterpolated($"  规则：已查 {string.Join("、", d.RulesChecked)}；{(d.RulesBroken.Count == 0 ? "全部相符" : $"原表不合 {d.RulesBroken.Count} 处")}");
                foreach (var broken in d.RulesBroken)
                {
                    console.MarkupLineInterpolated($"    [yellow]{broken}[/]");
                }
            }

            if (d.SectionsFound.Count + d.SectionsMissing.Count > 0)
            {
                console.MarkupLineInterpolated($"  章节：找到 {d.SectionsFound.Count} 个{(d.SectionsMissing.Count == 0 ? "" : $"，缺少 {string.Join("、", d.SectionsMissing)}")}");
            }

            if (d.NotStated.Count > 0)
            {
                console.MarkupLineInterpolated($"  来源未载明（留空）：{string.Join("、", d.NotStated)}");
            }

            foreach (var f in d.Findings.OrderByDescending(f => f.Level))
            {
                var (word, c) = f.Level switch
                {
                    FindingLevel.Error => ("错误", "red"),
                    FindingLevel.Review => ("请核对", "yellow"),
                    _ => ("说明", "grey"),
                };
                console.MarkupLineInterpolated($"  [{c}]{word}[/] {f.Message}");
            }
        }

        var counts = report.Documents.GroupBy(d => d.Outcome).ToDictionary(g => g.Key, g => g.Count());
        var summary = report.ExitCode switch { 1 => "red", 2 => "yellow", _ => "green" };
        console.MarkupLineInterpolated(
            $"[{summary}]导入完成[/]：{report.Documents.Count} 个文件，{(report.DryRun ? "将导入" : "已导入")} {counts.GetValueOrDefault(report.DryRun ? "would-import" : "imported")}，已导入过 {counts.GetValueOrDefault("already-imported")}，未导入 {counts.GetValueOrDefault("failed")}；需要人工核对 {report.Documents.Count(d => d.NeedsReview)} 个。");
    }

    /// <summary>Machine output: one JSON object, written unwrapped.</summary>
    public static void Json(IAnsiConsole console, ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        var json = JsonSerializer.Serialize(
            new
            {
                dryRun = report.DryRun,
                exitCode = report.ExitCode,
                documents = report.Documents.Select(d => new
                {
                    d.Input,
                    d.Format,
                    d.Outcome,
                    d.Kind,
                    d.FormatVersion,
                    d.Title,
                    d.Outputs,
                    tables = d.Tables.Select(t => new { t.Name, t.Heading, t.Present, t.Found, t.Blank, t.NotPrinted, t.Total, t.Ambiguous, t.Missing, t.Notes }),
                    d.RulesChecked,
                    d.RulesBroken,
                    d.SectionsFound,
                    d.SectionsMissing,
                    d.NotStated,
                    findings = d.Findings.Select(f => new { level = f.Level.ToString().ToLowerInvariant(), f.Message }),
                    d.NeedsReview,
                    d.Failed,
                }),
            },
            JsonOptions);
        console.Profile.Out.Writer.WriteLine(json);
    }
}

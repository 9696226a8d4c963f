using System.Globalization;
using System.Text;
using StaticArchive.Testing.Agencies;
using StaticArchive.Testing.Documents;
using StaticArchive.Testing.Figures;
using StaticArchive.Testing.Prose;

namespace StaticArchive.Testing;

/// <summary>
/// Writes an invented open-government archive of any size in the project's content layout: agencies from
/// province down to township (every name marked 虚构), 2019–2025, an annual report with its three tables and a
/// guide per agency-year, proposal replies. About 1 in 50 reports has one figure deliberately changed and 1 in
/// 100 leaves zero totals blank (at least one of each once there are enough reports); the manifest lists them.
/// The same size and seed always give the same files, byte for byte.
/// </summary>
public static class ArchiveGenerator
{
    private static readonly Lazy<SeedProse> Seed = new(SeedProse.Load);

    /// <summary>An archive of <paramref name="documents"/> documents.</summary>
    public static GeneratedArchive Generate(int documents, int seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(documents, 1);
        var random = new SeededRandom(seed);
        var agencies = AgencyPlanner.Plan(Math.Max(3, (int)Math.Round(documents / 20.0)), random);
        var plan = DocumentPlanner.Plan(documents, agencies, random);

        // In agency and year order, so each report follows on from the agency's previous one.
        var states = new Dictionary<int, FigureState>();
        var figures = new Dictionary<(int Agency, int Year), ReportFigures>();
        foreach (var report in plan.Where(d => d.Type == "annual-report"))
        {
            var state = states.TryGetValue(report.Agency, out var s) ? s : states[report.Agency] = new FigureState();
            figures[(report.Agency, report.Year)] = FigureMaker.Make(agencies[report.Agency], report.Year, state, random);
        }

        var keys = figures.Keys.Order().ToList();
        var broken = random.Sample(keys, keys.Count >= 2 ? Math.Max(1, (int)Math.Round(keys.Count / 50.0)) : 0)
            .ToDictionary(k => k, k => FigureEdits.Break(figures[k], random));
        var candidates = keys.Where(k => !broken.ContainsKey(k) && FigureEdits.CanBlank(figures[k])).ToList();
        var blankCount = keys.Count >= 10 ? Math.Max(1, (int)Math.Round(keys.Count / 100.0)) : 0;
        var blank = random.Sample(candidates, Math.Min(blankCount, candidates.Count))
            .ToDictionary(k => k, k => FigureEdits.BlankZeroTotals(figures[k]));
        foreach (var key in keys)
        {
            if (TableArithmetic.Check(figures[key]).Count > 0 != broken.ContainsKey(key))
            {
                throw new InvalidOperationException($"The generator's figures for agency {key.Agency}, {key.Year} are not as planned.");
            }
        }

        var proposals = plan.Where(d => d.Type == "proposal").ToLookup(d => (d.Agency, d.Year));
        var bodies = new string[plan.Count];
        Parallel.For(0, plan.Count, i =>
        {
            // A stream of its own per document, so the bodies do not depend on which thread writes them.
            var own = new SeededRandom(seed, i + 1);
            var d = plan[i];
            var agency = agencies[d.Agency];
            var size = own.NextDouble();
            bodies[i] = d.Type switch
            {
                "annual-report" => ReportBody.Write(agency, d.Year, figures[(d.Agency, d.Year)], [.. proposals[(d.Agency, d.Year)]], Seed.Value, own, (int)(2800 + 3000 * size)),
                "guide" => GuideBody.Write(agency, d.Year, Seed.Value, own, (int)(1500 + 2500 * size)),
                _ => ProposalBody.Write(agency, d, Seed.Value, own, (int)(1000 + 2000 * size)),
            };
        });

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["content/site.yml"] = "title: 虚构政府信息公开文库\nlanguage: zh-CN\nbase_url: https://archive.example.gov.cn/\ndescription: 测试用的合成档案：机关、文件和数字全部是虚构的，不是真实的政府信息。\n",
        };
        foreach (var agency in agencies)
        {
            files[$"content/{agency.Slug}/_agency.yml"] = AgencyYaml(agency);
        }

        var documentFiles = new List<string>();
        var dataFiles = new List<string>();
        var inconsistent = new List<InconsistentTable>();
        var blanks = new List<BlankCellsTable>();
        for (var i = 0; i < plan.Count; i++)
        {
            var d = plan[i];
            var agency = agencies[d.Agency];
            var folder = $"content/{agency.Slug}/{d.Year.ToString(CultureInfo.InvariantCulture)}/";
            var document = folder + d.Slug + ".md";
            var key = (d.Agency, d.Year);
            var acknowledged = d.Type == "annual-report" && broken.ContainsKey(key);
            files[document] = FrontMatter(agency, d, acknowledged) + "\n" + bodies[i];
            documentFiles.Add(document);
            if (d.Type != "annual-report")
            {
                continue;
            }

            var dataFile = folder + d.Slug + ".yml";
            files[dataFile] = FiguresYaml.Write(agency, d.Year, d.Date, figures[key]);
            dataFiles.Add(dataFile);
            if (broken.TryGetValue(key, out var change))
            {
                var violations = TableArithmetic.Check(figures[key]);
                inconsistent.Add(new InconsistentTable(dataFile, document, change.Figure, change.Original, change.Value,
                    [.. violations.Select(v => v.Rule).Distinct().Order(StringComparer.Ordinal)], [.. violations.Select(v => v.Message)]));
            }

            if (blank.TryGetValue(key, out var cells))
            {
                blanks.Add(new BlankCellsTable(dataFile, document, cells));
            }
        }

        return new GeneratedArchive(files, new ArchiveManifest
        {
            Agencies = [.. agencies.Select(a => a.Slug)],
            Documents = [.. documentFiles.Order(StringComparer.Ordinal)],
            ReportDataFiles = [.. dataFiles.Order(StringComparer.Ordinal)],
            Inconsistent = [.. inconsistent.OrderBy(t => t.File, StringComparer.Ordinal)],
            Blank = [.. blanks.OrderBy(t => t.File, StringComparer.Ordinal)],
        });
    }

    private static string AgencyYaml(GeneratedAgency agency)
    {
        var yaml = new StringBuilder().Append("name: ").Append(agency.Name).Append('\n');
        if (agency.Parent is { } parent)
        {
            yaml.Append("parent: ").Append(parent).Append('\n');
        }

        return yaml
            .Append("level: ").Append(agency.Level).Append('\n')
            .Append("region: ").Append(agency.Region).Append('\n')
            .Append("address: ").Append(Yaml.Quote(agency.Address)).Append('\n')
            .Append("postcode: ").Append(Yaml.Quote(agency.Postcode)).Append('\n')
            .Append("phone: ").Append(Yaml.Quote(agency.Phone)).Append('\n')
            .Append("email: ").Append(agency.Email).Append('\n')
            .ToString();
    }

    private static string FrontMatter(GeneratedAgency agency, PlannedDocument d, bool acknowledged)
    {
        var yaml = new StringBuilder("---\n")
            .Append("title: ").Append(Yaml.Quote(Title(agency, d))).Append('\n')
            .Append("type: ").Append(d.Type).Append('\n')
            .Append("date: ").Append(d.Date).Append('\n');
        if (acknowledged)
        {
            // The figures are published as printed, with a notice, as the archive does for real reports.
            yaml.Append("published_inconsistencies: acknowledged\n");
        }

        if (d.Type == "proposal")
        {
            yaml.Append("kind: ").Append(d.Kind).Append('\n')
                .Append("number: ").Append(d.Number.ToString(CultureInfo.InvariantCulture)).Append('\n')
                .Append("session: ").Append(d.Session).Append('\n')
                .Append("proposer: ").Append(Yaml.Quote(d.Proposer)).Append('\n')
                .Append("result: ").Append(d.Result).Append('\n');
        }

        return yaml.Append("---\n").ToString();
    }

    private static string Title(GeneratedAgency agency, PlannedDocument d) => d.Type switch
    {
        "annual-report" => $"{agency.Name}{d.Year}年政府信息公开工作年度报告",
        "guide" => $"{agency.Name}政府信息公开指南（{d.Year}年修订）",
        _ => $"对{d.Session}第{d.Number}号{(d.Kind == "npc-suggestion" ? "建议" : "提案")}的答复",
    };
}

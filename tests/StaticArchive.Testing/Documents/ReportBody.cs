using StaticArchive.Testing.Agencies;
using StaticArchive.Testing.Figures;
using StaticArchive.Testing.Prose;

namespace StaticArchive.Testing.Documents;

/// <summary>An annual report's body: the six standard sections, the tables' placeholders under 二、三、四.</summary>
internal static class ReportBody
{
    private static readonly string[] Headings =
        ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"];

    private static readonly string[] OverviewParts = ["主动公开信息情况", "依申请公开工作情况", "政府信息管理情况", "政府信息公开平台建设情况", "政府信息公开监督保障情况"];

    private static readonly string[] OtherParts = ["收取信息处理费情况", "本年度建议提案办理情况", "年度工作要点落实情况", "政务公开工作创新情况"];

    public static string Write(GeneratedAgency agency, int year, ReportFigures figures, IReadOnlyList<PlannedDocument> proposals, SeedProse seed, SeededRandom random, int target)
    {
        var fill = new TokenFiller(agency, year, random);
        var any = seed.FreeStanding.Count > 0 ? seed.FreeStanding : (IReadOnlyList<string>)OwnSentences.Generic;
        var body = new MarkdownBody();
        body.Paragraph(seed.Intro.Count > 0 ? seed.Intro.Select(fill.Fill) : [fill.Fill(OwnSentences.Generic[0])]);
        body.Heading2(Headings[0]);
        var lead = body.Paragraph([fill.Fill(random.Pick(seed.Lead.Count > 0 ? seed.Lead : any))]);
        var slots = new List<(List<string>, IReadOnlyList<string>[])> { (lead, [seed.Lead, OwnSentences.Generic]) };
        for (var i = 0; i < OverviewParts.Length; i++)
        {
            body.Heading3($"（{ChineseNumber.Of(i + 1)}）{OverviewParts[i]}");
            var own = SeedProse.Matching(seed.Overview, OverviewParts[i]);
            var paragraph = body.Paragraph([OverviewParts[i] == "依申请公开工作情况" ? Requests(agency, year, figures) : fill.Fill(random.Pick(own.Count > 0 ? own : any))]);
            slots.Add((paragraph, [own, any, OwnSentences.Generic]));
        }

        for (var table = 2; table <= 4; table++)
        {
            body.Heading2(Headings[table - 1]);
            body.Line($"{{{{< table table{table} >}}}}");
        }

        body.Heading2(Headings[4]);
        var problems = seed.Problems.Count > 0 ? seed.Problems : [("存在问题", []), ("改进情况", [])];
        for (var i = 0; i < Math.Min(2, problems.Count); i++)
        {
            var (label, sentences) = problems[i];
            body.Heading3($"（{ChineseNumber.Of(i + 1)}）{(label.Length > 0 ? label : "有关情况")}");
            var (leadSentences, items) = MarkdownBody.Enumeration(sentences.Select(fill.Fill));
            if (leadSentences.Count > 0 || items.Count == 0)
            {
                body.Paragraph(leadSentences.Count > 0 ? leadSentences : [fill.Fill(random.Pick(OwnSentences.Generic))]);
            }

            if (items.Count > 0)
            {
                body.List(items, numbered: i == 0);
            }
        }

        body.Heading2(Headings[5]);
        for (var i = 0; i < OtherParts.Length; i++)
        {
            body.Heading3($"（{ChineseNumber.Of(i + 1)}）{OtherParts[i]}");
            var own = SeedProse.Matching(seed.Other, OtherParts[i]);
            switch (OtherParts[i])
            {
                case "收取信息处理费情况":
                    body.Paragraph([$"{year}年，{agency.Short}未收取政府信息公开信息处理费。"]);
                    break;
                case "本年度建议提案办理情况":
                    body.Paragraph(Proposals(agency, year, proposals).Concat(proposals.Count > 0 ? own.Where(x => !x.Contains("⟨NUMS⟩", StringComparison.Ordinal)).Select(fill.Fill) : []));
                    break;
                default:
                    var (leadSentences, items) = MarkdownBody.Enumeration(own);
                    if (items.Count > 0)
                    {
                        // An enumerated paragraph of the seed stays a list.
                        body.Paragraph(leadSentences.Count > 0 ? leadSentences.Select(fill.Fill) : [fill.Fill(random.Pick(OwnSentences.Generic))]);
                        body.List(items.Select(fill.Fill), numbered: true);
                        break;
                    }

                    var paragraph = body.Paragraph([fill.Fill(random.Pick(own.Count > 0 ? own : any))]);
                    slots.Add((paragraph, [own, any, OwnSentences.Generic]));
                    break;
            }
        }

        body.Grow(slots, target, random, fill);
        return body.ToString();
    }

    // The paragraph that states the year's requests, from the report's own figures.
    private static string Requests(GeneratedAgency agency, int year, ReportFigures figures)
    {
        var received = figures.Row3("new_received").Number("total");
        var carried = figures.Row3("carried_over").Number("total");
        return received == 0 && carried == 0
            ? $"{year}年，{agency.Short}未收到政府信息公开申请。"
            : $"{year}年，{agency.Short}共收到政府信息公开申请{received}件，上年结转{carried}件，依法依规办结{figures.Row3("total_processed").Number("total")}件，结转下年度继续办理{figures.Row3("carried_forward").Number("total")}件。";
    }

    private static IEnumerable<string> Proposals(GeneratedAgency agency, int year, IReadOnlyList<PlannedDocument> proposals)
    {
        var npc = proposals.Where(p => p.Kind == "npc-suggestion").Select(p => p.Number).Order().ToList();
        var cppcc = proposals.Where(p => p.Kind == "cppcc-proposal").Select(p => p.Number).Order().ToList();
        if (npc.Count == 0 && cppcc.Count == 0)
        {
            yield return $"{year}年，{agency.Short}未承办人大代表建议和政协委员提案。";
            yield break;
        }

        var parts = new List<string>();
        if (npc.Count > 0)
        {
            parts.Add($"{Sessions.Congress(agency, year)}{string.Join('、', npc.Select(n => $"{n}号"))}共计{npc.Count}项建议");
        }

        if (cppcc.Count > 0)
        {
            parts.Add($"{Sessions.Conference(agency, year)}{string.Join('、', cppcc.Select(n => $"{n}号"))}共计{cppcc.Count}项提案");
        }

        yield return $"{year}年{agency.Short}共收到{string.Join('，', parts)}。";
    }
}

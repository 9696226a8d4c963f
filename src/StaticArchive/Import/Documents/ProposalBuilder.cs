using System.Globalization;
using System.Text.RegularExpressions;
using StaticArchive.Import.Labels;
using StaticArchive.Import.Recognition;
using StaticArchive.Import.Reporting;
using StaticArchive.Import.Sources;
using StaticArchive.Import.Writing;

namespace StaticArchive.Import.Documents;

/// <summary>
/// Builds a proposal record (建议提案办理): the text as printed, and the fields it states — 编号, 届次/会议, 提出人,
/// 主办/协办单位, 办理结果分类, 答复日期, 答复文号, 满意度 — each only where printed.
/// </summary>
internal static partial class ProposalBuilder
{
    public static DocumentDraft Build(SourceDocument source, DocumentFacts facts)
    {
        var paragraphs = source.Blocks.OfType<ParagraphBlock>().Select(p => p.Text).ToList();
        var text = string.Join('\n', paragraphs);
        var fields = ProposalFields.Read(text);
        string? Field(params string[] labels) => fields.Where(f => labels.Contains(f.Label)).Select(f => f.Value).FirstOrDefault(v => v.Length > 0);
        var title = facts.Title ?? "";
        var reference = Reference().Match(LabelText.Normalize(title));
        var body = Reference().Match(LabelText.Normalize(text));
        var column = source.Metadata.Column ?? "";
        var kind = KindOf(reference.Success ? reference : body, column, Field("案由") is not null);
        var number = reference.Success ? reference.Groups["n"].Value : body.Success ? body.Groups["n"].Value : null;
        var numberFrom = number is null && source.Metadata.Keywords is { } keywords && NumberOnly().Match(keywords) is { Success: true } k ? k.Groups["n"].Value : null;
        var draft = new DocumentDraft { Facts = facts, Slug = SlugOf(kind, number ?? numberFrom), SubFolder = "proposals" };

        var session = reference.Success ? reference.Groups["s"].Value : null;
        var proposer = Field("提案人", "领衔代表", "提出人") ?? (Salutation().Match(text) is { Success: true } s ? s.Groups["p"].Value.Trim() : null);
        var lead = Units(Field("主办单位", "承办单位"));
        var assisting = Units(Field("协办单位", "会办单位"));
        var satisfaction = Field("代表反馈", "委员反馈") is { } feedback ? LabelText.Normalize(feedback) : null;
        var result = ResultCode().Match(LabelText.Normalize(title + (Field("办理类别", "办理结果") ?? "")));
        var replyDate = ReplyDate().Match(text) is { Success: true } d
            && DateOnly.TryParse($"{d.Groups["y"].Value}-{d.Groups["m"].Value}-{d.Groups["d"].Value}", CultureInfo.InvariantCulture, out var date) ? date : (DateOnly?)null;

        Add("kind", kind, "类别（人大建议/政协提案）");
        Add("session", session, "届次/会议");
        Add("number", number ?? numberFrom, "编号");
        if (numberFrom is not null)
        {
            draft.Findings.Add(new Finding(FindingLevel.Review, $"编号 {numberFrom} 取自网页的关键词（KeyWords），正文未印，请核对。"));
        }

        Add("proposer", proposer, "提出人");
        if (lead.Count > 0 || assisting.Count > 0)
        {
            draft.Fields.Add(("handling_units", $"{{lead: {YamlScalars.List(lead)}, assisting: {YamlScalars.List(assisting)}}}"));
        }
        else
        {
            draft.NotStated.Add("主办/协办单位");
        }

        if (result.Success)
        {
            draft.Fields.Add(("result", $"{{code: {result.Groups["c"].Value}}}"));
        }
        else
        {
            draft.NotStated.Add("办理结果分类");
        }

        if (replyDate is { } reply)
        {
            draft.Fields.Add(("reply_date", YamlScalars.Date(reply)));
        }
        else
        {
            draft.NotStated.Add("答复日期");
        }

        Add("satisfaction", satisfaction, "满意度（代表/委员反馈）");
        if (source.Metadata.DocNo is null)
        {
            draft.NotStated.Add("答复文号");
        }

        foreach (var paragraph in paragraphs)
        {
            // Page text runs the labelled fields together; each label starts its own paragraph, as printed on the page.
            var starts = ProposalFields.Read(paragraph).Select(f => f.Start).Where(s => s > 0).Prepend(0).Append(paragraph.Length).ToList();
            for (var i = 0; i + 1 < starts.Count; i++)
            {
                if (paragraph[starts[i]..starts[i + 1]].Trim() is { Length: > 0 } part)
                {
                    draft.Body.Add(MarkdownText.Paragraph(part));
                }
            }
        }

        return draft;

        void Add(string key, string? value, string label)
        {
            if (value is null)
            {
                draft.NotStated.Add(label);
            }
            else
            {
                draft.Fields.Add((key, YamlScalars.Quote(value)));
            }
        }
    }

    // The reference in the title (第N号建议/提案/议案) decides; else the 政协 labels (案由) or the site's column.
    private static string? KindOf(Match reference, string column, bool hasCaseLabel) => reference.Success
        ? reference.Groups["k"].Value switch { "提案" => "cppcc-proposal", "议案" => "npc-motion", _ => "npc-suggestion" }
        : hasCaseLabel || (column.Contains("政协", StringComparison.Ordinal) && !column.Contains("人大", StringComparison.Ordinal)) ? "cppcc-proposal"
        : column.Contains("人大", StringComparison.Ordinal) && !column.Contains("政协", StringComparison.Ordinal) ? "npc-suggestion"
        : null;

    private static string SlugOf(string? kind, string? number) => (kind, number) switch
    {
        ("cppcc-proposal", { } n) => $"cppcc-{n}",
        ({ } k, { } n) when k.StartsWith("npc", StringComparison.Ordinal) => $"npc-{n}",
        _ => "proposal",
    };

    private static List<string> Units(string? printed) =>
        printed is null ? [] : [.. UnitSeparator().Split(printed).Select(u => u.Trim()).Where(u => u.Length > 0)];

    [GeneratedRegex(@"(?<s>(?:[县区市省]|全国)[^，。、《》（）()第关于]{1,24}?会议)第(?<n>\d+)号(?<k>建议|提案|议案)", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"第\s*(?<n>\d+)\s*号", RegexOptions.CultureInvariant)]
    private static partial Regex NumberOnly();

    [GeneratedRegex(@"^(?<p>[^\n：:，。《]{0,30}?(代表|委员|同志|九三学社|民盟|民建|民进|农工党|致公党|台盟|民革)[^\n：:，。《]{0,10})[：:]", RegexOptions.CultureInvariant)]
    private static partial Regex Salutation();

    [GeneratedRegex(@"(?<![A-Za-z])(?<c>[ABCD])类", RegexOptions.CultureInvariant)]
    private static partial Regex ResultCode();

    [GeneratedRegex(@"(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ReplyDate();

    [GeneratedRegex(@"[、，,；;]", RegexOptions.CultureInvariant)]
    private static partial Regex UnitSeparator();
}

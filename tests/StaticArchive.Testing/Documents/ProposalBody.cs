using StaticArchive.Testing.Agencies;
using StaticArchive.Testing.Prose;

namespace StaticArchive.Testing.Documents;

/// <summary>A reply to a deputy's suggestion or a member's proposal.</summary>
internal static class ProposalBody
{
    public static string Write(GeneratedAgency agency, PlannedDocument proposal, SeedProse seed, SeededRandom random, int target)
    {
        var kind = proposal.Kind == "npc-suggestion" ? "建议" : "提案";
        var fill = new TokenFiller(agency, proposal.Year, random, proposal.Topic, kind);
        var any = seed.FreeStanding.Count > 0 ? seed.FreeStanding : (IReadOnlyList<string>)OwnSentences.Generic;
        var body = new MarkdownBody();
        body.Paragraph([Salutation(proposal.Proposer, kind) + "："]);
        body.Paragraph(OwnSentences.ReplyOpening.Select(fill.Fill));
        body.Heading2("一、基本情况");
        var situation = body.Paragraph([fill.Fill(random.Pick(OwnSentences.ReplyBody))]);
        body.Heading2("二、主要工作");
        var work = body.List(random.Sample(any, Math.Min(any.Count, random.Between(2, 4))).Select(fill.Fill), numbered: true);
        body.Heading2("三、下一步打算");
        var next = body.Paragraph([fill.Fill(random.Pick(OwnSentences.ReplyNext))]);
        body.Paragraph([fill.Fill(OwnSentences.ReplyClosing)]);
        body.List([$"联系单位：{agency.Name}", $"联系电话：{agency.Phone}"], numbered: false);
        body.Grow(
            [(situation, [OwnSentences.ReplyBody, any]), (work, [any, OwnSentences.Generic]), (next, [OwnSentences.ReplyNext, OwnSentences.Generic])],
            target,
            random,
            fill);
        return body.ToString();
    }

    // 王芳等3人 → 王芳等3位代表; a party committee is addressed as it is.
    private static string Salutation(string proposer, string kind)
    {
        if (proposer.EndsWith("委员会", StringComparison.Ordinal) || proposer.EndsWith("工商联", StringComparison.Ordinal))
        {
            return proposer;
        }

        var who = proposer.EndsWith('人') ? proposer[..^1] + "位" : proposer;
        return who + (kind == "建议" ? "代表" : "委员");
    }
}

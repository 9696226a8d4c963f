using StaticArchive.Testing.Agencies;
using StaticArchive.Testing.Prose;

namespace StaticArchive.Testing.Documents;

/// <summary>A disclosure guide's body: what is published where, how to apply, how to appeal.</summary>
internal static class GuideBody
{
    public static string Write(GeneratedAgency agency, int year, SeedProse seed, SeededRandom random, int target)
    {
        var fill = new TokenFiller(agency, year, random);
        var any = seed.FreeStanding.Count > 0 ? seed.FreeStanding : (IReadOnlyList<string>)OwnSentences.Generic;
        var body = new MarkdownBody();
        body.Paragraph(OwnSentences.GuideIntro.Select(fill.Fill));
        body.Heading2("一、主动公开");
        body.Heading3("（一）公开范围");
        var scope = body.Paragraph([fill.Fill(OwnSentences.GuideProactive[0])]);
        body.Heading3("（二）公开方式");
        body.List([$"政府网站：{agency.RegionShort}人民政府门户网站“政府信息公开”专栏", $"政务新媒体：{fill.Fill("⟨M⟩")}", $"查阅场所：{agency.RegionShort}政务服务大厅、档案馆、图书馆"], numbered: false);
        var timing = body.Paragraph([fill.Fill(OwnSentences.GuideProactive[1])]);
        body.Heading2("二、依申请公开");
        body.Heading3("（一）受理机构");
        body.List([$"名称：{agency.Name}", $"地址：{agency.Address}", $"邮编：{agency.Postcode}", $"电话：{agency.Phone}", $"电子邮箱：{agency.Email}"], numbered: false);
        body.Heading3("（二）申请方式");
        body.List(
            ["当面提交：申请人可在工作日到受理机构当面提交书面申请。", "邮政寄送：申请人通过邮政寄送申请的，请在信封左下角注明“政府信息公开申请”字样。", "网络提交：申请人可通过政府门户网站在线填写并提交申请。"],
            numbered: true);
        var apply = body.Paragraph([fill.Fill(OwnSentences.GuideRequest[0])]);
        body.Heading3("（三）处理时限");
        var deadline = body.Paragraph([fill.Fill(OwnSentences.GuideRequest[1])]);
        body.Heading2("三、监督和救济");
        var remedy = body.Paragraph([fill.Fill(OwnSentences.GuideRemedy[0])]);
        body.Grow(
            [
                (scope, [OwnSentences.GuideProactive, any, OwnSentences.Generic]),
                (timing, [OwnSentences.Generic, any]),
                (apply, [OwnSentences.GuideRequest, OwnSentences.Generic]),
                (deadline, [OwnSentences.GuideRequest, any]),
                (remedy, [any, OwnSentences.Generic]),
            ],
            target,
            random,
            fill);
        return body.ToString();
    }
}

using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Site;

/// <summary>
/// How a proposal's front matter reaches readers. Regression: the benchmark corpus writes <c>result: in-progress</c>
/// (a plain word), which must not be a type error.
/// </summary>
public sealed class ProposalFormTests
{
    [Fact]
    public void A_flat_result_word_maps_to_its_category()
    {
        var site = SiteTest.Build("""
            -- content/site.yml --
            title: 文库
            -- content/a/_agency.yml --
            name: 甲局
            -- content/a/2019/npc-suggestion-185.md --
            ---
            title: 对区十八届人大三次会议第185号建议的答复
            type: proposal
            date: 2019-09-15
            kind: npc-suggestion
            number: 185
            session: 区十八届人大三次会议
            proposer: "郑晓波"
            result: in-progress
            ---
            答复。
            """).AssertSucceeded();
        site.AssertFile("output/a/2019/npc-suggestion-185/index.html", "<span class=\"result-code\">B</span> 正在解决或已列入规划逐步解决", "郑晓波");
    }

    [Fact]
    public void A_proposal_listing_shows_each_replys_subject_and_result()
    {
        var site = SiteTest.Build("""
            -- content/site.yml --
            title: 文库
            -- content/a/_agency.yml --
            name: 甲局
            -- content/a/2023/proposals/npc-19.md --
            ---
            title: 对区十九届人大二次会议第19号建议的答复
            type: proposal
            date: 2023-06-30
            kind: npc-suggestion
            session: 区十九届人大二次会议
            number: "19"
            subject: 关于加快老旧小区改造的建议
            result: {code: A, label: 已解决或基本解决}
            ---
            答复正文。
            -- content/a/2023/proposals/cppcc-27.md --
            ---
            title: 对区政协十一届二次会议第27号提案的答复
            type: proposal
            date: 2023-07-01
            kind: cppcc-proposal
            session: 区政协十一届二次会议
            number: "27"
            result: planned
            ---
            某某委员：

            您提出的《关于发展数字经济的提案》收悉。根据《中华人民共和国政府信息公开条例》，现答复如下：
            -- content/a/2023/proposals/npc-20.md --
            ---
            title: 对区十九届人大二次会议第20号建议的答复
            type: proposal
            date: 2023-06-30
            kind: npc-suggestion
            session: 区十九届人大二次会议
            number: "20"
            result: A
            ---
            答复正文，没有引用建议的题目。
            """).AssertSucceeded();
        site.AssertFile("output/a/proposals/index.html",
            "<p class=\"doc-subject\"><span class=\"label\">事由</span>关于加快老旧小区改造的建议</p>",
            "<p class=\"doc-result\"><span class=\"label\">办理结果分类</span><span class=\"result\">A 已解决或基本解决</span></p>",
            // Stated by the reply itself; a law it cites is not its subject.
            "<p class=\"doc-subject\"><span class=\"label\">案由</span>关于发展数字经济的提案</p>",
            "<span class=\"result\">C 已列入计划逐步解决</span>",
            "! 中华人民共和国政府信息公开条例</p>");
        var unstated = site.Read("output/a/proposals/index.html");
        unstated = unstated[unstated.IndexOf("第20号建议的答复</a>", StringComparison.Ordinal)..];
        Assert.StartsWith("第20号建议的答复</a>\n    <p class=\"doc-result\">", unstated, StringComparison.Ordinal);
        site.AssertFile("output/a/2023/npc-19/index.html", "<div class=\"proposal-subject\"><dt>事由</dt><dd>关于加快老旧小区改造的建议</dd></div>");
    }
}

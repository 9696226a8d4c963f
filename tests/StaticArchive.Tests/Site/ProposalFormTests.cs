using StaticArchive.Tests.Support;

namespace StaticArchive.Tests.Site;

/// <summary>Regression: the benchmark corpus writes <c>result: in-progress</c> (a plain word), which must not be a type error.</summary>
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
}

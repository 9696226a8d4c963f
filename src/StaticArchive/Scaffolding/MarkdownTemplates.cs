using System.Globalization;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Scaffolding;

/// <summary>The Markdown skeletons of <c>new report</c>, <c>new guide</c> and <c>new proposal</c> (domain README §1.2, §5, §4.5).</summary>
internal static class MarkdownTemplates
{
    private const string P = Placeholder.Marker;

    /// <summary>An annual report: the six standard sections, the three tables under 二、三、四.</summary>
    public static string Report(string agencyName, int year) => $$$"""
        ---
        title: {{{agencyName}}}{{{year}}}年政府信息公开工作年度报告
        type: annual-report
        # 草稿：build 不发布，serve 预览时显示。写完、填完后删掉下一行。
        draft: true
        # 《条例》第四十九条：1月31日前公布。请改为实际发布日期。
        date: {{{year + 1}}}-01-31
        ---

        本报告依据《中华人民共和国政府信息公开条例》和{{{(DataFileTemplate.VersionFor(year) == FormatVersion.Gb2021 ? "国办公开办函〔2021〕30号" : "国办公开办函〔2019〕60号")}}}要求编制。本年度报告中所列数据的统计期限自{{{year}}}年1月1日起，至{{{year}}}年12月31日止。{{{P}}}

        ## 一、总体情况

        {{{P}}}

        ## 二、主动公开政府信息情况

        {{< table table2 >}}

        ## 三、收到和处理政府信息公开申请情况

        {{< table table3 >}}

        ## 四、政府信息公开行政复议、行政诉讼情况

        {{< table table4 >}}

        ## 五、存在的主要问题及改进情况

        {{{P}}}

        ## 六、其他需要报告的事项

        {{{P}}}

        """;

    /// <summary>A disclosure guide (§5): preamble, 主动公开, 依申请公开, 监督方式及程序.</summary>
    public static string Guide(string agencyName, DateOnly date) => $$$"""
        ---
        title: {{{agencyName}}}政府信息公开指南
        type: guide
        # 草稿：build 不发布，serve 预览时显示。写完、填完后删掉下一行。
        draft: true
        date: {{{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}}
        ---

        为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》（以下简称《条例》），编制本指南。政府信息公开分为主动公开和依申请公开。{{{P}}}

        ## 一、主动公开

        ### （一）工作机构

        {{{P}}}

        ### （二）公开范围

        根据《条例》第三章规定应当主动公开的政府信息。{{{P}}}

        ### （三）编排体系

        索引号、信息名称、发布机构、生成日期、文号。{{{P}}}

        ### （四）公开渠道

        {{{P}}}

        ### （五）公开时限

        属于主动公开范围的政府信息，自该信息形成或者变更之日起20个工作日内予以公开。

        ## 二、依申请公开

        ### （一）受理机构

        {{{P}}}

        ### （二）申请内容要求

        {{{P}}}

        ### （三）申请方式

        {{{P}}}

        ### （四）处理及时限

        {{{P}}}

        ### （五）收费

        {{{P}}}

        ## 三、监督方式及程序

        {{{P}}}

        """;

    /// <summary>A proposal reply (§4.5): the handling record in front matter, the reply as the body.</summary>
    public static string Proposal(DateOnly date) => $$$"""
        ---
        title: 对{{{P}}}第{{{P}}}号建议的答复
        type: proposal
        # 草稿：build 不发布，serve 预览时显示。写完、填完后删掉下一行。
        draft: true
        date: {{{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}}
        # npc-suggestion（人大代表建议）、npc-motion（人大议案）或 cppcc-proposal（政协提案）
        kind: npc-suggestion
        session: {{{P}}}
        # 以下办理记录字段按实际填写，去掉行首的 # 号：
        # number: "42"
        # proposer: 刘某某代表
        handling_units: {lead: [], assisting: []}
        # result: {code: A, label: 已解决或基本解决}
        # （A 已解决或基本解决；B 正在解决或已列入规划逐步解决；C 因客观条件或其他原因暂时无法解决；D 留作参考）
        # reply_date: YYYY-MM-DD
        # satisfaction: 满意（或 基本满意、不满意；未反馈的不写）
        ---

        {{{P}}}代表：

        您提出的《{{{P}}}》收悉。经认真研究，现答复如下：

        ## 一、基本情况

        {{{P}}}

        ## 二、主要工作

        {{{P}}}

        ## 三、下一步打算

        {{{P}}}

        """;
}

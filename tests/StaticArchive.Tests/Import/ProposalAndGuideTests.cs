namespace StaticArchive.Tests.Import;

/// <summary>Proposal replies, a guide and pre-2019 reports from the corpus: the fields and sections each states, and
/// nothing it does not.</summary>
public sealed class ProposalAndGuideTests
{
    [Fact]
    public void A_reply_letter_gives_number_session_proposer_reply_date_and_doc_no()
    {
        var (content, report) = ImportCorpus.Import("pingtan-shs", ImportCorpus.PathOf("proposal-2024-npc-reply-shs-1040", "source.html"));
        var document = ImportCorpus.Single(report);
        Assert.Equal("proposal", document.Kind);
        Assert.Equal("content/pingtan-shs/2024/proposals/npc-1040.md", document.Outputs[0]);
        var markdown = ImportCorpus.Markdown(content, document);
        Assert.Contains("\nkind: \"npc-suggestion\"\nsession: \"县十八届人大三次会议\"\nnumber: \"1040\"\nproposer: \"薛雄、周建鸿等代表\"\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nreply_date: 2024-04-24\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\ndoc_no: \"岚社会复〔2024〕5号\"\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nindex_no: \"PZ00107-2500-2024-00390\"\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\ndate: 2024-04-25\n", markdown, StringComparison.Ordinal);
        Assert.Equal(["主办/协办单位", "办理结果分类", "满意度（代表/委员反馈）"], document.NotStated);
        Assert.DoesNotContain("handling_units", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("satisfaction", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cppcc_reply_is_a_proposal_of_its_session()
    {
        var (content, report) = ImportCorpus.Import("pingtan-jtj", ImportCorpus.PathOf("proposal-2024-cppcc-reply-jtj-35", "source.html"));
        var document = ImportCorpus.Single(report);
        var markdown = ImportCorpus.Markdown(content, document);
        Assert.Equal("content/pingtan-jtj/2024/proposals/cppcc-35.md", document.Outputs[0]);
        Assert.Contains("\nkind: \"cppcc-proposal\"\nsession: \"县政协十一届三次会议\"\nnumber: \"35\"\nproposer: \"九三学社\"\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nreply_date: 2024-03-10\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\ndoc_no: \"岚交建建工笺〔2024〕7号\"\n", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source.html")]
    [InlineData("source.txt")]
    public void A_record_page_with_spaced_and_glued_labels_gives_its_fields(string file)
    {
        var (content, report) = ImportCorpus.Import("pingtan-rd", ImportCorpus.PathOf("proposal-2022-npc-suggestion-guocai-wharf", file));
        var document = ImportCorpus.Single(report);
        var markdown = ImportCorpus.Markdown(content, document);
        Assert.Contains("\nkind: \"npc-suggestion\"\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nproposer: \"吴海英、林绍钿等代表\"\nhandling_units: {lead: [\"区交通与建设局\"], assisting: []}\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nsatisfaction: \"基本满意\"\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\n\n承办单位：区交通与建设局\n\n代表反馈：基本满意\n\n办理情况：对于白沙环岛游码头建设", markdown, StringComparison.Ordinal);
        Assert.Contains("届次/会议", document.NotStated);
        Assert.Contains("答复日期", document.NotStated);
        Assert.DoesNotContain("当前位置", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("微信 微博", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cppcc_record_with_two_lead_units()
    {
        var (content, report) = ImportCorpus.Import("pingtan-zx", ImportCorpus.PathOf("proposal-2023-cppcc-proposal-public-cemetery", "source.html"));
        var markdown = ImportCorpus.Markdown(content, ImportCorpus.Single(report));
        Assert.Contains("\nkind: \"cppcc-proposal\"\n", markdown, StringComparison.Ordinal);
        Assert.Contains("\nhandling_units: {lead: [\"区社会事业局\", \"苏平片区\"], assisting: []}\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("\nnumber:", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("source.html")]
    [InlineData("source.txt")]
    public void A_guide_has_its_three_standard_sections(string file)
    {
        var (content, report) = ImportCorpus.Import("pingtan", ImportCorpus.PathOf("guide-2023-pingtan-zhsyq-xxgk-guide", file));
        var document = ImportCorpus.Single(report);
        Assert.Equal("guide", document.Kind);
        Assert.Equal(["主动公开", "依申请公开", "监督方式及程序"], document.SectionsFound);
        Assert.Equal("content/pingtan/2024/guide.md", document.Outputs[0]);
        Assert.Contains("政府信息公开分为主动公开和依申请公开。", ImportCorpus.Markdown(content, document), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pre_2019_report_keeps_its_prose_and_its_table_as_a_generic_table_with_the_blank_cell_empty()
    {
        var (content, report) = ImportCorpus.Import("pingtan", ImportCorpus.PathOf("report-2013-pingtan-zhsyq", "source.html"));
        var document = ImportCorpus.Single(report);
        Assert.Equal("pre2019", document.FormatVersion);
        Assert.Empty(document.Tables);
        var data = ImportCorpus.DataFile(content, document);
        Assert.DoesNotContain("table3", data, StringComparison.Ordinal);
        Assert.Contains("    caption: \"平潭综合实验区政府信息公开情况统计表\"\n    stub: \"指标名称\"\n    columns: [\"计量单位\", \"2013年度\", \"历年累计\"]", data, StringComparison.Ordinal);
        Assert.Contains("      - [\"2、政府公报公开\", \"条\", \"0\", null]", data, StringComparison.Ordinal);
        Assert.Contains("{{< table table-1 >}}", ImportCorpus.Markdown(content, document), StringComparison.Ordinal);
    }

    [Fact]
    public void A_pre_2019_report_from_page_text_says_its_table_could_not_be_rebuilt()
    {
        var (_, report) = ImportCorpus.Import("pingtan", ImportCorpus.PathOf("report-2018-pingtan-zhsyq", "source.txt"));
        var document = ImportCorpus.Single(report);
        Assert.Equal("pre2019", document.FormatVersion);
        Assert.Single(document.Outputs, o => o.EndsWith(".md", StringComparison.Ordinal));
        Assert.Contains(document.Findings, f => f.Message.StartsWith("纯文本中的统计表没有单元格边界", StringComparison.Ordinal));
        Assert.True(document.NeedsReview);
    }

    [Fact]
    public void A_publisher_the_page_misstates_is_reported_not_taken()
    {
        var (content, report) = ImportCorpus.Import("pingtan-shsy", ImportCorpus.PathOf("report-2024-social-affairs-bureau", "source.html"));
        var document = ImportCorpus.Single(report);
        Assert.Contains(document.Findings, f => f.Message == "网页所列发布机构为“福建学生资助”，与正文标题中的机关“平潭综合实验区社会事业局”不同。");
        Assert.Contains("agency: \"平潭综合实验区社会事业局\"", ImportCorpus.DataFile(content, document), StringComparison.Ordinal);
        Assert.Equal("name: \"平潭综合实验区社会事业局\"\n", File.ReadAllText(Path.Combine(content, "pingtan-shsy", "_agency.yml")));
    }
}

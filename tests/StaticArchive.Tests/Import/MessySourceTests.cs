using StaticArchive.Import.Reporting;

namespace StaticArchive.Tests.Import;

/// <summary>
/// Real sources broken the ways published reports are broken (domain README §1.7–1.9): each imports with the
/// page's own figures, or says exactly what it could not tell.
/// </summary>
public sealed class MessySourceTests
{
    private const string StateAssets = "report-2023-state-assets-bureau";
    private const string Transport = "report-2023-transport-construction-bureau";

    [Fact]
    public void Labels_broken_by_spaces_and_line_breaks_still_anchor_their_rows()
    {
        var text = ImportCorpus.Read(Transport, "source.txt")
            .Must("本年新收政府信息公开申请数量", "本年新收政府\n信息 公开申请\u3000数量")
            .Must("（四）无法提供 1.本机关不掌握相关政府信息", "（四） 无法 提供\n1. 本机关 不掌握\n相关政府信息")
            .Must("第二十条第（一）项", "第二十条 第 （一） 项");
        AssertSameFiguresAsThePage(Transport, text, ambiguous: 3);
    }

    [Fact]
    public void A_vertical_stub_label_between_rows_is_not_taken_for_figures()
    {
        var text = ImportCorpus.Read(Transport, "source.txt");
        Assert.Contains("三、本年度办理结果", text, StringComparison.Ordinal);
        AssertSameFiguresAsThePage(Transport, text.Must("三、本年度办理结果", "\n三、\n\n本\n\n年\n\n度\n\n办\n\n理\n\n结\n\n果\n\n"), ambiguous: 3);
    }

    [Fact]
    public void Long_labels_wrapped_over_lines_with_their_figures_on_the_next_line()
    {
        var text = ImportCorpus.Read("report-2024-jinjing-district", "source.txt")
            .Must("4.保护第三方合法权益 1000001", "4.保护第三方合\n\n法权益\n\n1 0 0 0 0 0 1\n")
            .Must("（二）部分公开（区分处理的，只计这一情形，不计其他情形） 0000000", "（二）部分公开（区分处理的，只计这一情形，不\n\n计其他情形）\n\n0 0 0 0 0 0 0\n");
        var report = AssertSameFiguresAsThePage("report-2024-jinjing-district", text, ambiguous: 7);
        Assert.Equal(168, report.Tables[1].Found);
    }

    [Fact]
    public void Numbering_in_mixed_punctuation_matches_the_standard_labels()
    {
        var text = ImportCorpus.Read(Transport, "source.txt")
            .Must("1.本机关不掌握相关政府信息", "1．本机关不掌握相关政府信息")
            .Must("2.重复申请", "2、重复申请")
            .Must("1.申请人无正当理由", "１．申请人无正当理由")
            .Must("“三安全一稳定”", "\"三安全一稳定\"");
        AssertSameFiguresAsThePage(Transport, text, ambiguous: 3);
    }

    [Fact]
    public void A_page_number_inside_a_table_is_dropped()
    {
        var seed = ImportCorpus.Read("seed", "linzi-gxj-2023-annual-report.txt");
        var broken = seed.Must("（一）予以公开 0 0 0 0 0 0 0\n", "\n\n\n\n4\n\n（一）予以公开 0 0 0 0 0 0 0\n");
        var (content, report) = ImportCorpus.Import("linzi-gxj", ImportCorpus.Broken("seed.txt", broken));
        var document = ImportCorpus.Single(report);
        Assert.Equal(ImportCorpus.Expected("seed-linzi-gxj-2023"), ImportCorpus.Figures(ImportCorpus.DataFile(content, document)));
        Assert.Contains(document.Findings, f => f.Message == "已删除页码：2、4、5。");
    }

    [Fact]
    public void Headings_worded_differently_are_recognised_and_written_in_the_standard_wording()
    {
        var text = ImportCorpus.Read(StateAssets, "source.txt")
            .Must("四、政府信息公开行政复议、行政诉讼情况", "四、因政府信息公开工作被申请行政复议和提起行政诉讼情况")
            .Must("五、存在的主要问题及改进情况", "五、政府信息公开工作存在的主要问题及改进情况");
        var (content, report) = ImportCorpus.Import("pingtan", ImportCorpus.Broken("source.txt", text));
        var document = ImportCorpus.Single(report);
        Assert.Equal(6, document.SectionsFound.Count);
        Assert.Equal(15, document.Tables[2].Found);
        Assert.Contains(document.Findings, f => f.Message == "标题“四、因政府信息公开工作被申请行政复议和提起行政诉讼情况”按标准格式写作“四、政府信息公开行政复议、行政诉讼情况”。");
        Assert.Contains("## 四、政府信息公开行政复议、行政诉讼情况\n\n{{< table table4 >}}", ImportCorpus.Markdown(content, document), StringComparison.Ordinal);
    }

    [Fact]
    public void The_merged_results_label_printed_twice_across_a_page_break_does_not_disturb_the_rows()
    {
        var text = ImportCorpus.Read("report-2019-pingtan-zhsyq", "source.txt");
        Assert.Equal(2, text.Split("三、本年度办理结果").Length - 1);
        var document = AssertSameFiguresAsThePage("report-2019-pingtan-zhsyq", text, ambiguous: 19);
        Assert.Equal(161, document.Tables[1].Found);
    }

    [Fact]
    public void Blank_cells_are_null_never_zero()
    {
        var html = ImportCorpus.Read(Transport, "source.html");
        var broken = ReplaceAfter(html, "2.没有现成信息需要另行制作", "<p>0</p>", "<p><br/></p>", 2);
        var (content, report) = ImportCorpus.Import("pingtan", ImportCorpus.Broken("source.html", broken));
        var document = ImportCorpus.Single(report);
        var figures = ImportCorpus.Figures(ImportCorpus.DataFile(content, document));
        Assert.Null(figures["table3.unable_to_provide.needs_creation.commercial_enterprise"]);
        Assert.Equal("0", figures["table3.unable_to_provide.needs_creation.natural_person"]);
        Assert.Equal(1, document.Tables[1].Blank);
        Assert.Empty(document.RulesBroken); // R1 is not checkable for that row; nothing is invented to make it so
    }

    [Fact]
    public void Cells_printed_as_dash_slash_or_wu_are_null_and_reported_as_printed()
    {
        var html = ImportCorpus.Read(Transport, "source.html");
        var broken = ReplaceAfter(html, "2.没有现成信息需要另行制作", "<p>0</p>", "<p>—</p>", 1);
        broken = ReplaceAfter(broken, "2.没有现成信息需要另行制作", "<p>0</p>", "<p>/</p>", 1);
        broken = ReplaceAfter(broken, "2.没有现成信息需要另行制作", "<p>0</p>", "<p>无</p>", 1);
        var (content, report) = ImportCorpus.Import("pingtan", ImportCorpus.Broken("source.html", broken));
        var document = ImportCorpus.Single(report);
        var figures = ImportCorpus.Figures(ImportCorpus.DataFile(content, document));
        foreach (var column in new[] { "natural_person", "commercial_enterprise", "research_institution" })
        {
            Assert.Null(figures[$"table3.unable_to_provide.needs_creation.{column}"]);
        }

        Assert.Equal(3, document.Tables[1].Blank);
        Assert.Contains("“三、（四）无法提供 2.没有现成信息需要另行制作 / 自然人”印为“—”，按空白（null）导入。", document.Tables[1].Notes);
        Assert.Contains("“三、（四）无法提供 2.没有现成信息需要另行制作 / 科研机构”印为“无”，按空白（null）导入。", document.Tables[1].Notes);
    }

    [Fact]
    public void Run_together_digits_are_split_with_the_row_total_when_only_one_split_fits()
    {
        // Real: 「4.保护第三方合法权益 1000001」 and 「5.属于三类内部事务信息0000000」 run into the next label's number.
        var text = ImportCorpus.Read("report-2024-jinjing-district", "source.txt");
        Assert.Contains("4.保护第三方合法权益 10000015.属于三类内部事务信息", text, StringComparison.Ordinal);
        var (content, report) = ImportCorpus.Import("pingtan", ImportCorpus.Broken("source.txt", text));
        var figures = ImportCorpus.Figures(ImportCorpus.DataFile(content, ImportCorpus.Single(report)));
        Assert.Equal(["1", "0", "0", "0", "0", "0", "1"], Columns.Select(c => figures[$"table3.denied.third_party_rights.{c}"]));
        Assert.Equal(["0", "0", "0", "0", "0", "0", "0"], Columns.Select(c => figures[$"table3.denied.internal_affairs.{c}"]));

        // Broken further: the space in 「一、…数量230 000023」 removed, 230000023 still has one split whose total adds up.
        var run = ImportCorpus.Read("report-2019-pingtan-zhsyq", "source.txt").Must("数量230 000023", "数量230000023");
        var (content2019, report2019) = ImportCorpus.Import("pingtan", ImportCorpus.Broken("source.txt", run));
        var figures2019 = ImportCorpus.Figures(ImportCorpus.DataFile(content2019, ImportCorpus.Single(report2019)));
        Assert.Equal(["23", "0", "0", "0", "0", "0", "23"], Columns.Select(c => figures2019[$"table3.new_received.{c}"]));
    }

    [Fact]
    public void Run_together_digits_two_row_splits_fit_are_settled_by_the_columns_arithmetic()
    {
        // The seed broken: 11 applications by natural persons, all granted, the first row's digits run together.
        // 110000011 is 11|0|0|0|0|0|11 or 1|10|0|0|0|0|11 — both add up across the row (R1); only the first keeps
        // 一 + 二 = 三（七） + 四 (R3) in every column.
        var text = ImportCorpus.Read("seed", "linzi-gxj-2023-annual-report.txt")
            .Must("一、本年新收政府信息公开申请数量 0 0 0 0 0 0 0", "一、本年新收政府信息公开申请数量 110000011")
            .Must("（一）予以公开 0 0 0 0 0 0 0", "（一）予以公开 11 0 0 0 0 0 11")
            .Must("（七）总计 0 0 0 0 0 0 0", "（七）总计 11 0 0 0 0 0 11");
        var (content, report) = ImportCorpus.Import("linzi-gxj", ImportCorpus.Broken("seed.txt", text));
        var document = ImportCorpus.Single(report);
        var figures = ImportCorpus.Figures(ImportCorpus.DataFile(content, document));
        Assert.Equal(["11", "0", "0", "0", "0", "0", "11"], Columns.Select(c => figures[$"table3.new_received.{c}"]));
        Assert.Empty(document.Tables[1].Ambiguous);
        Assert.Empty(document.RulesBroken);

        // Without the row that decides it (（七）总计 left blank), both splits fit and neither is picked.
        var (content2, report2) = ImportCorpus.Import("linzi-gxj", ImportCorpus.Broken("seed.txt", text.Must("（七）总计 11 0 0 0 0 0 11", "（七）总计 / / / / / / /")));
        var undecided = ImportCorpus.Single(report2).Tables[1].Ambiguous.ToDictionary(a => a.Cell, a => a.Candidates);
        Assert.Equal(["1", "11"], undecided["table3.new_received.natural_person"]);
        Assert.Equal(["10", "0"], undecided["table3.new_received.commercial_enterprise"]);
        Assert.Null(ImportCorpus.Figures(ImportCorpus.DataFile(content2, ImportCorpus.Single(report2)))["table3.new_received.natural_person"]);
    }

    [Fact]
    public void When_more_than_one_split_fits_nothing_is_picked_and_the_candidates_are_reported()
    {
        var (content, report) = ImportCorpus.Import("pingtan", ImportCorpus.PathOf(StateAssets, "source.txt"));
        var document = ImportCorpus.Single(report);
        var figures = ImportCorpus.Figures(ImportCorpus.DataFile(content, document));
        Assert.Null(figures["table2.normative_documents.issued"]);
        var ambiguous = document.Tables[0].Ambiguous.ToDictionary(a => a.Cell, a => a.Candidates);
        Assert.Equal(["6", "61"], ambiguous["table2.normative_documents.issued"]);
        Assert.Equal(["1", "12", "2"], ambiguous["table2.normative_documents.repealed"]);
        Assert.Equal(["26", "6"], ambiguous["table2.normative_documents.in_force"]);
        Assert.Equal(2, report.ExitCode);
    }

    [Fact]
    public void A_report_that_breaks_its_own_arithmetic_is_imported_as_printed_and_acknowledged()
    {
        var (content, report) = ImportCorpus.Import("pingtan", ImportCorpus.PathOf("report-2024-social-affairs-bureau", "source.html"));
        var document = ImportCorpus.Single(report);
        Assert.Equal(["R4 四、政府信息公开行政复议、行政诉讼情况：行政诉讼 复议后起诉 / 总计：印为 15，结果维持、结果纠正、其他结果、尚未审结相加为 19"], document.RulesBroken);
        Assert.Equal("15", ImportCorpus.Figures(ImportCorpus.DataFile(content, document))["table4.litigation_after_review.total"]);
        Assert.Contains("\npublished_inconsistencies: acknowledged\n", ImportCorpus.Markdown(content, document), StringComparison.Ordinal);

        // Broken: the 2019 report's （七）总计 for 自然人 printed as 20 instead of 23.
        var html = ReplaceAfter(ImportCorpus.Read("report-2019-pingtan-zhsyq", "source.html"), "（七）总计", ">23</span>", ">20</span>", 1);
        var (content2019, report2019) = ImportCorpus.Import("pingtan", ImportCorpus.Broken("source.html", html));
        var broken = ImportCorpus.Single(report2019);
        Assert.Equal("20", ImportCorpus.Figures(ImportCorpus.DataFile(content2019, broken))["table3.total_processed.natural_person"]);
        Assert.Contains(broken.RulesBroken, r => r.StartsWith("R2 ", StringComparison.Ordinal) && r.Contains("印为 20", StringComparison.Ordinal));
        Assert.Contains(broken.RulesBroken, r => r.StartsWith("R3 ", StringComparison.Ordinal));
        Assert.Contains(broken.RulesBroken, r => r.StartsWith("R1 ", StringComparison.Ordinal));
        Assert.Contains("\npublished_inconsistencies: acknowledged\n", ImportCorpus.Markdown(content2019, broken), StringComparison.Ordinal);
    }

    private static readonly string[] Columns =
        ["natural_person", "commercial_enterprise", "research_institution", "public_welfare_org", "legal_service_org", "other_org", "total"];

    private static DocumentReport AssertSameFiguresAsThePage(string folder, string text, int ambiguous)
    {
        var (content, report) = ImportCorpus.Import("pingtan", ImportCorpus.Broken("source.txt", text));
        var document = ImportCorpus.Single(report);
        var imported = ImportCorpus.Figures(ImportCorpus.DataFile(content, document));
        Assert.Equal(ambiguous, document.Tables.Sum(t => t.Ambiguous.Count));
        foreach (var (cell, value) in ImportCorpus.Expected(folder))
        {
            if (imported.TryGetValue(cell, out var got) && got is not null)
            {
                Assert.True(got == value, $"{cell}: imported {got}, the page prints {value ?? "(blank)"}");
            }
        }

        Assert.Equal(ImportCorpus.Expected(folder).Count - ambiguous - document.Tables.Sum(t => t.NotPrinted), document.Tables.Sum(t => t.Found + t.Blank));
        return document;
    }

    private static string ReplaceAfter(string text, string label, string old, string replacement, int occurrence)
    {
        var at = text.IndexOf(label, StringComparison.Ordinal);
        Assert.True(at >= 0, label);
        for (var i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(old, at + (i == 0 ? 0 : old.Length), StringComparison.Ordinal);
        }

        return string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
    }
}

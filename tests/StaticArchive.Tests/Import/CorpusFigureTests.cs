using StaticArchive.Import.Reporting;

namespace StaticArchive.Tests.Import;

/// <summary>
/// Every 2019- and 2021-format report of the corpus imports with every figure equal to what its page prints: from
/// the page's HTML exactly, and from the page's text wherever the text can tell (elsewhere reported as ambiguous,
/// the printed value among the candidates, never a wrong figure).
/// </summary>
public sealed class CorpusFigureTests
{
    // Where the page text (cells run together) cannot tell what the HTML prints: the cells reported ambiguous.
    private static readonly Dictionary<string, string[]> AmbiguousInText = new(StringComparer.Ordinal)
    {
        // 表二 has no row sums: 898989, 3960181, 13575394432.52元 … split many ways.
        ["report-2019-pingtan-zhsyq"] =
        [
            "table2.normative_documents.made", "table2.normative_documents.published", "table2.normative_documents.public_total",
            .. new[] { "licensing", "other_external_services", "penalty", "coercion" }.SelectMany(r => new[] { $"table2.{r}.prev_year_items", $"table2.{r}.change", $"table2.{r}.decisions" }),
            "table2.fees.prev_year_items", "table2.fees.change", "table2.centralized_procurement.projects", "table2.centralized_procurement.amount",
        ],
        // 行政规范性文件6126 = 6 | 1 | 26, or 6 | 12 | 6, or 61 | 2 | 6.
        ["report-2023-state-assets-bureau"] = ["table2.normative_documents.issued", "table2.normative_documents.repealed", "table2.normative_documents.in_force"],
        // 行政规范性文件5615 = 5 | 6 | 15, or 5 | 61 | 5, or 56 | 1 | 5.
        ["report-2023-transport-construction-bureau"] = ["table2.normative_documents.issued", "table2.normative_documents.repealed", "table2.normative_documents.in_force"],
        // 四、结转下年度继续办理 000000: six digits for seven cells; the text cannot say which cell is the blank one.
        ["report-2024-jinjing-district"] = [.. new[] { "natural_person", "commercial_enterprise", "research_institution", "public_welfare_org", "legal_service_org", "other_org", "total" }
            .Select(c => $"table3.carried_forward.{c}")],
        // 复议后起诉 13 2 4 0 15 breaks R4 as printed, so no split of 1324015 is preferred.
        ["report-2024-social-affairs-bureau"] = [.. new[] { "upheld", "corrected", "other", "pending", "total" }.Select(c => $"table4.litigation_after_review.{c}")],
    };

    [Theory]
    [MemberData(nameof(ImportCorpus.StandardReports), MemberType = typeof(ImportCorpus))]
    public void From_html_every_figure_equals_the_page(string folder)
    {
        var (content, report) = ImportCorpus.Import("pingtan", ImportCorpus.PathOf(folder, "source.html"));
        var document = ImportCorpus.Single(report);
        var expected = ImportCorpus.Expected(folder);
        var imported = ImportCorpus.Figures(ImportCorpus.DataFile(content, document));
        var printedSingleRow = ImportCorpus.GenericRow(ImportCorpus.DataFile(content, document), "other_handling_as_printed");
        foreach (var (cell, value) in expected)
        {
            string? got;
            if (cell.StartsWith("table3.other_handling.", StringComparison.Ordinal) && !imported.ContainsKey(cell))
            {
                // A 2021-format report that prints （六） as one row: the row is kept as printed in a generic table.
                var column = Array.IndexOf(Columns, cell["table3.other_handling.".Length..]);
                got = printedSingleRow![column];
            }
            else
            {
                Assert.True(imported.TryGetValue(cell, out got), $"{folder}: {cell} missing from the data file");
            }

            Assert.True(got == value, $"{folder}: {cell} imported {got ?? "null"}, the page prints {value ?? "(blank)"}");
        }

        Assert.All(document.Tables, t => Assert.Empty(t.Ambiguous));
        Assert.Equal(expected.Values.Count(v => v is not null), document.Tables.Sum(t => t.Found) + (printedSingleRow is null ? 0 : 7));
    }

    [Theory]
    [MemberData(nameof(ImportCorpus.StandardReports), MemberType = typeof(ImportCorpus))]
    public void From_text_every_figure_equals_the_page_or_is_reported_ambiguous_with_it_among_the_candidates(string folder)
    {
        var (content, report) = ImportCorpus.Import("pingtan", ImportCorpus.PathOf(folder, "source.txt"));
        var document = ImportCorpus.Single(report);
        var expected = ImportCorpus.Expected(folder);
        var imported = ImportCorpus.Figures(ImportCorpus.DataFile(content, document));
        var ambiguous = document.Tables.SelectMany(t => t.Ambiguous).ToDictionary(a => a.Cell, a => a.Candidates);
        Assert.Equal(AmbiguousInText.GetValueOrDefault(folder, []).Order(StringComparer.Ordinal), ambiguous.Keys.Order(StringComparer.Ordinal));
        foreach (var (cell, value) in expected.Where(e => imported.ContainsKey(e.Key)))
        {
            if (ambiguous.TryGetValue(cell, out var candidates))
            {
                Assert.Null(imported[cell]);
                Assert.Contains(value ?? "空白", candidates);
            }
            else
            {
                Assert.True(imported[cell] == value, $"{folder}: {cell} imported {imported[cell] ?? "null"}, the page prints {value ?? "(blank)"}");
            }
        }
    }

    [Fact]
    public void A_hybrid_report_keeps_its_single_other_handling_row_as_printed_and_leaves_the_three_sub_rows_null()
    {
        var (content, report) = ImportCorpus.Import("pingtan", ImportCorpus.PathOf("report-2023-haitan-district", "source.html"));
        var document = ImportCorpus.Single(report);
        var data = ImportCorpus.DataFile(content, document);
        Assert.Contains("other_handling:\n    overdue_correction: {natural_person: null,", data, StringComparison.Ordinal);
        Assert.Contains("  other_handling_as_printed:\n    caption: \"三、（六）其他处理（原表印为一行，未分三小项）\"", data, StringComparison.Ordinal);
        Assert.Contains("      - [\"（六）其他处理\", \"0\", \"0\", \"0\", \"0\", \"0\", \"0\", \"0\"]", data, StringComparison.Ordinal);
        Assert.Contains("{{< table other_handling_as_printed >}}", ImportCorpus.Markdown(content, document), StringComparison.Ordinal);
        Assert.True(document.NeedsReview);
    }

    private static readonly string[] Columns =
        ["natural_person", "commercial_enterprise", "research_institution", "public_welfare_org", "legal_service_org", "other_org", "total"];
}

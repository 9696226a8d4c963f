using StaticArchive.Core;
using StaticArchive.Import.Recognition;
using StaticArchive.Import.Reporting;
using StaticArchive.Import.Sources;
using StaticArchive.Import.Tables;
using StaticArchive.Import.Writing;
using StaticArchive.Tables.Data;
using StaticArchive.Tables.Rules;

namespace StaticArchive.Import.Documents;

/// <summary>
/// Builds an annual report: the prose under the six standard headings with the tables placed by name, and the
/// data file with every figure as printed. A report without the standard tables (before 2019) keeps its prose
/// and its own tables as generic tables.
/// </summary>
internal static class AnnualReportBuilder
{
    public static DocumentDraft Build(SourceDocument source, DocumentFacts facts)
    {
        var draft = new DocumentDraft { Facts = facts, Slug = "annual-report" };
        var tables = source.HasCellBoundaries
            ? GridTables.Read([.. source.Blocks.OfType<TableBlock>()], facts.Year)
            : TextTables.Read(source.TableText ?? source.BodyText, facts.Year);
        if (tables is null)
        {
            FreeFormBuilder.Fill(draft, source, "pre2019");
            draft.Findings.Add(new Finding(FindingLevel.Info, "没有国家格式的三张统计表（2019年以前的自由格式报告）：正文照录，不套用标准表格。"));
            return draft;
        }

        draft.FormatVersion = tables.Version == StaticArchive.Tables.Schema.FormatVersion.Gb2021 ? "gb2021" : "gb2019";
        var (preamble, sections) = SectionSplitter.Split(source.Blocks, facts.Title);
        var generic = new List<ImportedGenericTable>(tables.Extra);
        var standardTables = new HashSet<TableBlock>(ReferenceEqualityComparer.Instance);
        foreach (var block in source.Blocks.OfType<TableBlock>())
        {
            standardTables.Add(block);
        }

        AddParagraphs(draft, preamble, generic, dropTables: false);
        for (var i = 0; i < 6; i++)
        {
            var heading = ReportSections.Standard[i];
            if (sections[i] is not { } section)
            {
                draft.SectionsMissing.Add(heading);
                continue;
            }

            draft.SectionsFound.Add(heading);
            if (Labels.LabelText.Normalize(section.Printed) != Labels.LabelText.Normalize(heading))
            {
                draft.Findings.Add(new Finding(FindingLevel.Info, $"标题“{section.Printed}”按标准格式写作“{heading}”。"));
            }

            draft.Body.Add(MarkdownText.Heading(heading));
            var table = i is >= 1 and <= 3 ? tables.All[i - 1] : null;
            // In page text a table section holds only the table's own words and digits: the table replaces them.
            var tableText = table is { Present: true } && !source.HasCellBoundaries;
            AddParagraphs(draft, tableText ? [] : section.Blocks.Where(b => b is not TableBlock).ToList(), generic, dropTables: true);
            if (table is { Present: true })
            {
                draft.Body.Add($"{{{{< table {table.Schema.Name} >}}}}");
                if (i == 2 && tables.Extra.Count > 0)
                {
                    draft.Body.Add($"{{{{< table {HybridRow.TableName} >}}}}");
                }
            }
        }

        Check(draft, source, facts, tables, generic, preamble);
        return draft;
    }

    private static void AddParagraphs(DocumentDraft draft, IEnumerable<SourceBlock> blocks, List<ImportedGenericTable> generic, bool dropTables)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case ParagraphBlock p:
                    draft.Body.Add(MarkdownText.Paragraph(p.Text));
                    break;
                case TableBlock t when !dropTables:
                    var kept = GenericTables.From(t, $"table-{generic.Count + 1}", null);
                    generic.Add(kept);
                    draft.Body.Add($"{{{{< table {kept.Name} >}}}}");
                    break;
            }
        }
    }

    private static void Check(DocumentDraft draft, SourceDocument source, DocumentFacts facts, ImportedTables tables, List<ImportedGenericTable> generic, List<SourceBlock> preamble)
    {
        var contact = Contact.Read(string.Join('\n', preamble.OfType<ParagraphBlock>().Select(p => p.Text)));
        var header = new DataFileWriter.Header(facts.AgencyName, facts.Year, facts.Published, facts.Url, contact);
        draft.DataFile = DataFileWriter.Write(header, tables, generic, Provenance.Line(source, facts));
        foreach (var table in tables.All)
        {
            draft.Tables.Add(TableReports.Of(table));
            if (!table.Present)
            {
                draft.Findings.Add(new Finding(FindingLevel.Review, $"原文没有{table.Schema.Heading}表，表中各格留空（null）。"));
            }
        }

        foreach (var note in tables.Notes)
        {
            draft.Findings.Add(new Finding(note.Contains("请核对", StringComparison.Ordinal) ? FindingLevel.Review : FindingLevel.Info, note));
        }

        draft.Findings.Add(new Finding(FindingLevel.Info, $"数字读自{tables.ReadFrom}。"));
        if (tables.Extra.Count > 0)
        {
            draft.Findings.Add(new Finding(FindingLevel.Review, "原表格式介于2019年和2021年之间，（六）其他处理只有一行，已照登于单独表格，请核对。"));
        }

        var bag = new DiagnosticBag();
        var loaded = DocumentTablesLoader.Load("data.yml", draft.DataFile, bag);
        foreach (var diagnostic in bag.ToSortedList().Where(d => d.Severity == Severity.Error && !d.Code.StartsWith("SA202", StringComparison.Ordinal)))
        {
            draft.Findings.Add(new Finding(FindingLevel.Error, $"导入程序写出的数据文件未通过检查：{diagnostic.Message}"));
        }

        draft.RulesChecked.AddRange(["R1 行合计", "R2 （七）总计", "R3 勾稽关系", "R4 复议诉讼总计", "R5 数值类型"]);
        if (loaded?.Report is { } report)
        {
            draft.RulesBroken.AddRange(ReportRules.Check(report).Select(v => $"{v.Rule} {v.TableHeading}：{v.Description}"));
        }

        if (draft.RulesBroken.Count > 0)
        {
            draft.Fields.Add(("published_inconsistencies", "acknowledged"));
            draft.Findings.Add(new Finding(FindingLevel.Review,
                $"原报告印出的数字不合 {draft.RulesBroken.Count} 条规则：照原样导入，未作改动，已标注 published_inconsistencies: acknowledged。"));
        }
    }
}

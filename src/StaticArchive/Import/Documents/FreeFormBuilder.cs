using System.Text.RegularExpressions;
using StaticArchive.Import.Reporting;
using StaticArchive.Import.Sources;
using StaticArchive.Import.Tables;
using StaticArchive.Import.Writing;

namespace StaticArchive.Import.Documents;

/// <summary>
/// Builds a document without a standard structure: its paragraphs in order, short numbered paragraphs
/// (一、概述) as headings, and its real tables kept as generic tables with the caption printed above them.
/// </summary>
internal static partial class FreeFormBuilder
{
    public static void Fill(DocumentDraft draft, SourceDocument source, string? formatVersion)
    {
        draft.FormatVersion = formatVersion;
        var generic = new List<ImportedGenericTable>();
        string? previous = null;
        var title = draft.Facts.Title is null ? null : Labels.LabelText.Normalize(draft.Facts.Title);
        foreach (var block in source.Blocks)
        {
            switch (block)
            {
                case ParagraphBlock p when title is not null && Labels.LabelText.Normalize(p.Text) == title:
                    break;
                case ParagraphBlock p when Heading().IsMatch(p.Text):
                    draft.Body.Add(MarkdownText.Heading(p.Text.Trim()));
                    draft.SectionsFound.Add(p.Text.Trim());
                    previous = p.Text;
                    break;
                case ParagraphBlock p:
                    draft.Body.Add(MarkdownText.Paragraph(p.Text));
                    previous = p.Text;
                    break;
                case TableBlock t:
                    var caption = previous is not null && previous.Length <= 40 && previous.Contains('表', StringComparison.Ordinal) ? previous.Trim() : null;
                    var table = GenericTables.From(t, $"table-{generic.Count + 1}", caption);
                    generic.Add(table);
                    draft.Body.Add($"{{{{< table {table.Name} >}}}}");
                    break;
            }
        }

        if (generic.Count > 0)
        {
            draft.DataFile = DataFileWriter.Write(new DataFileWriter.Header(null, null, null, null, []), null, generic, Provenance.Line(source, draft.Facts));
            draft.Findings.Add(new Finding(FindingLevel.Info, $"原文的 {generic.Count} 张表格按原样保存为通用表格：{string.Join("、", generic.Select(g => $"{g.Name}（{g.Caption}，{g.Rows.Count} 行）"))}。"));
        }
        else if (!source.HasCellBoundaries && source.Format == "text" && TableWords().IsMatch(source.BodyText))
        {
            draft.Findings.Add(new Finding(FindingLevel.Review, "纯文本中的统计表没有单元格边界，相邻数字连在一起，无法还原为表格：原文字照录在正文中，请用网页版导入或手工整理。"));
        }
    }

    [GeneratedRegex(@"^\s*[一二三四五六七八九十]{1,3}、\s*[^。，；：]{1,28}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    [GeneratedRegex(@"统计表|指标名称", RegexOptions.CultureInvariant)]
    private static partial Regex TableWords();
}

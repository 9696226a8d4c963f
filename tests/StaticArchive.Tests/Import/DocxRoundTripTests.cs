using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Tests.Import;

/// <summary>
/// A Word file built in the test (Open XML SDK) from a real report's figures imports back figure for figure: Word
/// tables are real tables, the vertical 三、本年度办理结果 cell is merged down the result rows, and the blank cell
/// the report prints stays blank.
/// </summary>
public sealed class DocxRoundTripTests
{
    private const string Folder = "report-2024-jinjing-district";
    private const string Title = "平潭综合实验区金井片区管理局2024年政府信息公开工作年度报告";

    [Fact]
    public void A_docx_of_a_report_imports_with_every_figure_equal_to_the_source()
    {
        var expected = ImportCorpus.Expected(Folder);
        Assert.Null(expected["table3.carried_forward.commercial_enterprise"]);
        var path = Path.Combine(Path.GetTempPath(), "sa-docx-" + Guid.NewGuid().ToString("N")[..12] + ".docx");
        File.WriteAllBytes(path, Build(ReportLines.For(Title, expected, FormatVersion.Gb2021)));

        var (content, report) = ImportCorpus.Import("pingtan-jj", path);
        var document = ImportCorpus.Single(report);
        Assert.Equal("docx", document.Format);
        Assert.Equal(Title, document.Title);
        Assert.Equal(6, document.SectionsFound.Count);
        ImportCorpus.AssertSameFigures(expected, ImportCorpus.Figures(ImportCorpus.DataFile(content, document)));
        Assert.Equal(1, document.Tables[1].Blank);
        Assert.All(document.Tables, t => Assert.Empty(t.Ambiguous));
        Assert.Contains("content/pingtan-jj/2024/annual-report.md", document.Outputs);
    }

    private static byte[] Build(List<ReportLines.Line> lines)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            word.PackageProperties.Title = Title;
            var body = new Body();
            word.AddMainDocumentPart().Document = new Document(body);
            Table? table = null;
            var tableNumber = 0;
            var stubStarted = false;
            foreach (var line in lines)
            {
                if (!line.IsTable)
                {
                    table = null;
                    body.Append(Paragraph(line.Cells[0]));
                    continue;
                }

                if (table is null || tableNumber != line.Table)
                {
                    table = new Table();
                    tableNumber = line.Table;
                    stubStarted = false;
                    body.Append(table);
                }

                var row = new TableRow();
                if (line.InResults)
                {
                    // The vertical stub: one cell merged down every result row, as Word exports of real reports have it.
                    var merge = new VerticalMerge { Val = stubStarted ? MergedCellValues.Continue : MergedCellValues.Restart };
                    row.Append(new TableCell(new TableCellProperties(merge), stubStarted ? Paragraph("") : Paragraph("三、本年度办理结果")));
                    stubStarted = true;
                }

                foreach (var cell in line.Cells)
                {
                    row.Append(new TableCell(Paragraph(cell)));
                }

                table.Append(row);
            }
        }

        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
}

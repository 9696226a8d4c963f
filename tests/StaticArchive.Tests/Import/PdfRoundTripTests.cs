using StaticArchive.Tables.Schema;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace StaticArchive.Tests.Import;

/// <summary>
/// A PDF built in the test (PdfPig's document builder, a CJK font subset shipped with the tests) from a real report's
/// figures imports back figure for figure: the words' positions keep the cells apart, and the page numbers go.
/// </summary>
public sealed class PdfRoundTripTests
{
    private const string Folder = "report-2023-transport-construction-bureau";
    private const string Title = "平潭综合实验区交通与建设局2023年度政府信息公开工作年度报告";

    [Fact]
    public void A_pdf_of_a_report_imports_with_every_figure_equal_to_the_source()
    {
        var expected = ImportCorpus.Expected(Folder);
        var pdf = Build(ReportLines.For(Title, expected, FormatVersion.Gb2021));
        var path = Path.Combine(Path.GetTempPath(), "sa-pdf-" + Guid.NewGuid().ToString("N")[..12] + ".pdf");
        File.WriteAllBytes(path, pdf);

        var (content, report) = ImportCorpus.Import("pingtan-jtj", path);
        var document = ImportCorpus.Single(report);
        Assert.Equal("pdf", document.Format);
        Assert.Equal(Title, document.Title);
        Assert.Equal("gb2021", document.FormatVersion);
        Assert.Equal(6, document.SectionsFound.Count);
        ImportCorpus.AssertSameFigures(expected, ImportCorpus.Figures(ImportCorpus.DataFile(content, document)));
        Assert.All(document.Tables, t => Assert.Empty(t.Ambiguous));
        Assert.Contains(document.Findings, f => f.Message.StartsWith("已删除第 1 页的页码", StringComparison.Ordinal));
        Assert.Contains("source: {format: pdf}", ImportCorpus.Markdown(content, document), StringComparison.Ordinal);
    }

    private static byte[] Build(List<ReportLines.Line> lines)
    {
        var builder = new PdfDocumentBuilder();
        var fontBytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Import", "Fonts", "DroidSansFallback-subset.ttf"));
        // A simple TrueType font in PdfPig holds at most 255 characters: each font of the pool takes the next ones.
        var fonts = new List<(PdfDocumentBuilder.AddedFont Font, HashSet<char> Chars)>();
        // The CJK font has no Latin letters or ASCII digits; those are set in Helvetica.
        var latin = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        PdfPageBuilder? page = null;
        var y = 0.0;
        var pageNumber = 0;
        foreach (var line in lines)
        {
            if (page is null || y < 60)
            {
                page = builder.AddPage(PageSize.A4);
                pageNumber++;
                Write(page, pageNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), 290, 30);
                y = 800;
            }

            for (var i = 0; i < line.Cells.Count; i++)
            {
                // Labels fill the first column; figures stand in narrow columns to its right.
                var x = line.IsTable && line.Cells.Count > 2 ? (i == 0 ? 30 : 330 + ((i - 1) * 230.0 / Math.Max(1, line.Cells.Count - 2))) : 30 + (i * 200);
                if (line.Table == 4 && line.Cells.All(c => c.Length <= 3))
                {
                    x = 30 + (i * 36);
                }

                Write(page, line.Cells[i], x, y);
            }

            y -= 16;
        }

        return builder.Build();

        void Write(PdfPageBuilder target, string text, double x, double baseline)
        {
            // Droid Sans Fallback has no curly quotes: 「“三安全一稳定”」 is set with straight ones, as some reports print it.
            text = text.Replace('“', '"').Replace('”', '"');
            var position = x;
            foreach (var run in Runs(text))
            {
                var letters = target.AddText(run.Text, 8, new PdfPoint(position, baseline), run.Font);
                position = letters.Count == 0 ? position : letters[^1].EndBaseLine.X;
            }
        }

        IEnumerable<(string Text, PdfDocumentBuilder.AddedFont Font)> Runs(string text)
        {
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                if (i == text.Length || (i > start && FontFor(text[i]) != FontFor(text[start])))
                {
                    if (i > start)
                    {
                        yield return (text[start..i], FontFor(text[start]));
                    }

                    start = i;
                }
            }
        }

        PdfDocumentBuilder.AddedFont FontFor(char c)
        {
            if (c < 128)
            {
                return latin;
            }

            foreach (var (font, chars) in fonts)
            {
                if (chars.Contains(c) || (chars.Count < 250 && chars.Add(c)))
                {
                    return font;
                }
            }

            var added = builder.AddTrueTypeFont(fontBytes);
            fonts.Add((added, [c]));
            return added;
        }
    }
}

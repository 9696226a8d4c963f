using System.Text;
using System.Text.Json;
using StaticArchive.OpenData;
using StaticArchive.Tables;
using StaticArchive.Tables.Schema;
using StaticArchive.Tests.Tables;

namespace StaticArchive.Tests.OpenData;

public sealed class OpenDataTests
{
    private static ReportEntry Entry(FormatVersion version = FormatVersion.Gb2021, string slug = "linzi-gxj", int year = 2023) =>
        TestReports.Entry(TestReports.Report(version, new Dictionary<string, string>
        {
            ["table2.fees.amount_wan_yuan"] = "\"5949.088667\"",
            ["table2.licensing.decisions"] = "12",
            ["table3.granted.total"] = "null",
            ["table4.review.upheld"] = "2",
            ["table4.review.total"] = "2",
        }, year), slug, year);

    // A minimal RFC 4180 reader: enough to prove the file reads back to the same figures.
    private static List<string[]> ReadCsv(byte[] bytes)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var rows = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\r' && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                rows.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(ch);
            }
        }

        return rows;
    }

    [Theory]
    [InlineData(FormatVersion.Gb2021)]
    [InlineData(FormatVersion.Gb2019)]
    public void Report_csv_and_json_round_trip_to_the_same_figures(FormatVersion version)
    {
        var entry = Entry(version);
        var files = ReportDataFiles.Build(entry);
        Assert.Equal(["linzi-gxj/2023/annual-report/figures.csv", "linzi-gxj/2023/annual-report/figures.json"], files.Select(f => f.Path));

        var expected = Figure.Of(entry).Select(f => (f.Table, f.RowKey, f.ColumnKey, f.Value)).ToList();
        var csv = ReadCsv(files[0].Content);
        Assert.Equal(ReportDataFiles.CsvFields, csv[0]);
        Assert.All(csv.Skip(1), r => Assert.Equal(["false", ""], r[..2]));
        var fromCsv = csv.Skip(1).Select(r => (r[2], r[3], r[5], r[7] == "" ? null : r[7])).ToList();
        Assert.Equal(expected, fromCsv);
        Assert.Contains(csv, r => r[4] == "（二）部分公开（区分处理的，只计这一情形，不计其他情形）".Insert(0, "三、"));

        using var json = JsonDocument.Parse(files[1].Content);
        var fromJson = new List<(string, string, string, string?)>();
        foreach (var table in json.RootElement.GetProperty("tables").EnumerateObject())
        {
            foreach (var row in table.Value.GetProperty("rows").EnumerateArray())
            {
                foreach (var cell in row.GetProperty("values").EnumerateObject())
                {
                    fromJson.Add((table.Name, row.GetProperty("key").GetString()!, cell.Name, cell.Value.ValueKind switch
                    {
                        JsonValueKind.Null => null,
                        JsonValueKind.String => cell.Value.GetString(),
                        _ => cell.Value.GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture),
                    }));
                }
            }
        }

        Assert.Equal(expected, fromJson);
        Assert.Equal(version.Key(), json.RootElement.GetProperty("format_version").GetString());
    }

    [Fact]
    public void Money_stays_a_string_counts_are_numbers_blanks_are_null()
    {
        var text = Encoding.UTF8.GetString(ReportDataFiles.Build(Entry())[1].Content);
        Assert.Contains("\"amount_wan_yuan\": \"5949.088667\"", text, StringComparison.Ordinal);
        Assert.Contains("\"decisions\": 12", text, StringComparison.Ordinal);
        Assert.Contains("\"total\": null", text, StringComparison.Ordinal);
        Assert.Contains("临淄区工业和信息化局", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Archive_dataset_has_one_row_per_figure_in_a_deterministic_order()
    {
        ReportEntry[] all = [Entry(slug: "zibo-zfb", year: 2022), Entry(FormatVersion.Gb2019, year: 2020), Entry()];
        var files = ArchiveDataset.Build(all);
        Assert.Equal([ArchiveDataset.CsvPath, ArchiveDataset.JsonPath], files.Select(f => f.Path));

        var figureCount = all.Sum(e => e.Report.Tables.Sum(t => t.Schema.Rows.Sum(r => r.Columns.Count)));
        var csv = ReadCsv(files[0].Content);
        Assert.Equal(["agency", "agency_name", "year", "sample", "source_url", "table", "row_key", "row_label", "column_key", "column_label", "value"], csv[0]);
        Assert.Equal(figureCount, csv.Count - 1);
        Assert.Equal(["linzi-gxj|2020", "linzi-gxj|2023", "zibo-zfb|2022"], csv.Skip(1).Select(r => $"{r[0]}|{r[2]}").Distinct());

        using var json = JsonDocument.Parse(files[1].Content);
        Assert.Equal(figureCount, json.RootElement.GetArrayLength());
        var blank = json.RootElement.EnumerateArray().First(e => e.GetProperty("row_key").GetString() == "granted" && e.GetProperty("column_key").GetString() == "total");
        Assert.Equal(JsonValueKind.Null, blank.GetProperty("value").ValueKind);

        var again = ArchiveDataset.Build([.. all.Reverse()]);
        Assert.Equal(files[0].Content, again[0].Content);
        Assert.Equal(files[1].Content, again[1].Content);
    }

    [Fact]
    public void Json_ld_describes_a_schema_org_dataset_with_both_downloads()
    {
        var words = new DatasetText("政府信息公开文库：统计数据", "两份报告的统计表", ["政府信息公开", "年度报告"]);
        var text = ArchiveDataset.JsonLd("政府信息公开文库", "https://example.gov.cn/", [Entry(year: 2021), Entry()], words);
        using var doc = JsonDocument.Parse(text);
        var root = doc.RootElement;
        Assert.Equal("Dataset", root.GetProperty("@type").GetString());
        Assert.Equal("https://example.gov.cn/data/", root.GetProperty("url").GetString());
        Assert.Equal("2021/2023", root.GetProperty("temporalCoverage").GetString());
        Assert.Equal(["https://example.gov.cn/data/figures.csv", "https://example.gov.cn/data/figures.json"],
            root.GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("contentUrl").GetString()));
        Assert.Equal("政府信息公开文库：统计数据", root.GetProperty("name").GetString());
        Assert.Equal(["政府信息公开", "年度报告"], root.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
    }
}

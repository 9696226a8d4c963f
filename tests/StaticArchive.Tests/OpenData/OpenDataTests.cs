using System.Text.Json;
using Parquet;
using StaticArchive.OpenData;
using StaticArchive.Tables;
using StaticArchive.Tables.Schema;
using StaticArchive.Tests.Tables;

namespace StaticArchive.Tests.OpenData;

public sealed class OpenDataTests
{
    private static readonly DatasetWords Words = DatasetWords.From(TestReports.Strings);

    private static ReportEntry Entry(FormatVersion version = FormatVersion.Gb2021, string slug = "linzi-gxj", int year = 2023) =>
        TestReports.Entry(TestReports.Report(version, new Dictionary<string, string>
        {
            ["table2.fees.amount_wan_yuan"] = "\"5949.088667\"",
            ["table2.licensing.decisions"] = "12",
            ["table3.granted.total"] = "null",
            ["table4.review.upheld"] = "2",
            ["table4.review.total"] = "2",
        }, year), slug, year);

    private static ArchiveTable Table(params ReportEntry[] all) => new(all, Words.Field, e => "https://example.gov.cn/" + e.PageUrl);

    private static string? Cell(List<string[]> csv, int row, string key) =>
        csv[row][Table().Columns.Select(c => c.Name).ToList().IndexOf(key)] is var v && v.Length == 0 ? null : v;

    [Fact]
    public void Every_cell_of_both_formats_is_one_column_in_printed_order()
    {
        var keys = FigureLayout.Columns.Select(c => c.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        foreach (var version in new[] { FormatVersion.Gb2021, FormatVersion.Gb2019 })
        {
            var cells = ReportSchemas.All(version).SelectMany(t => t.Rows.SelectMany(r => r.Columns.Select(c => $"{t.Name}.{r.Path}.{c.Key}"))).ToList();
            Assert.Equal(cells, FigureLayout.PositionsOf(version).Select(p => keys[p]));
        }

        var printed = ReportSchemas.All(FormatVersion.Gb2021).SelectMany(t => t.Rows.SelectMany(r => r.Columns.Select(c => $"{t.Name}.{r.Path}.{c.Key}"))).ToList();
        Assert.Equal(printed, printed.OrderBy(keys.IndexOf));

        Assert.Equal(["table2", "table3", "table4"], FigureLayout.Columns.Select(c => c.Table).Distinct());
        Assert.Equal(keys.Count, ReportSchemas.All(FormatVersion.Gb2021).Concat(ReportSchemas.All(FormatVersion.Gb2019))
            .SelectMany(t => t.Rows.SelectMany(r => r.Columns.Select(c => $"{t.Name}.{r.Path}.{c.Key}"))).Distinct().Count());
        var granted = FigureLayout.Columns.Single(c => c.Key == "table3.denied.state_secret.natural_person");
        Assert.Equal("表三·三、（三）不予公开 1.属于国家秘密·自然人", granted.Title);
        Assert.Equal([FormatVersion.Gb2021, FormatVersion.Gb2019], granted.Formats);
    }

    [Fact]
    public void A_years_csv_has_a_row_per_report_titled_in_chinese_with_each_figure_as_printed()
    {
        var table = Table(Entry(slug: "zibo-zfb"), Entry(FormatVersion.Gb2019, year: 2020), Entry());
        var files = YearFiles.Build(table).ToList();
        Assert.Equal(["data/figures-2020.csv", "data/figures-2023.csv"], files.Select(f => f.Path));

        var csv = TestCsv.Read(files[1].Content);
        Assert.Equal(["机关代码", "机关名称", "年度", "表格格式", "示例数据", "原文地址", "本站页面", "表二·第二十条第（一）项 规章·本年制发件数"], csv[0][..8]);
        Assert.Equal(table.Columns.Count, csv[0].Length);
        Assert.Equal(["linzi-gxj", "zibo-zfb"], csv.Skip(1).Select(r => r[0]));
        Assert.Equal(["linzi-gxj", "临淄区工业和信息化局", "2023", "gb2021", "false", "", "https://example.gov.cn/linzi-gxj/2023/annual-report/"], csv[1][..7]);
        Assert.Equal("5949.088667", Cell(csv, 1, "table2.fees.amount_wan_yuan"));
        Assert.Equal("12", Cell(csv, 1, "table2.licensing.decisions"));
        Assert.Equal("2", Cell(csv, 1, "table4.review.upheld"));
        Assert.Null(Cell(csv, 1, "table3.granted.total"));
        Assert.Null(Cell(csv, 1, "table2.regulations.made"));   // a 2019-format figure

        var old = TestCsv.Read(files[0].Content);
        Assert.Equal("gb2019", Cell(old, 1, "format_version"));
        Assert.Equal("0", Cell(old, 1, "table2.regulations.made"));
        Assert.Null(Cell(old, 1, "table2.regulations.issued"));   // a 2021-format figure
        Assert.Equal("2", Cell(old, 1, "table4.review.upheld"));
    }

    [Fact]
    public async Task The_parquet_file_reads_back_typed_under_the_machine_names()
    {
        var table = Table(Entry(slug: "zibo-zfb"), Entry(FormatVersion.Gb2019, year: 2020), Entry());
        using var stream = new MemoryStream();
        ParquetDataset.Write(stream, table);
        stream.Position = 0;

        await using var reader = await ParquetReader.CreateAsync(stream);
        Assert.Equal(table.Columns.Select(c => c.Name), reader.Schema.DataFields.Select(f => f.Name));
        Assert.Equal(1, reader.RowGroupCount);
        using var group = reader.OpenRowGroupReader(0);
        Assert.Equal(3, group.RowCount);
        async Task<T[]> Read<T>(string name)
            where T : struct
        {
            var values = new T[3];
            await group.ReadAsync<T>(reader.Schema.DataFields.Single(f => f.Name == name), values.AsMemory());
            return values;
        }

        async Task<T?[]> ReadNullable<T>(string name)
            where T : struct
        {
            var values = new T?[3];
            await group.ReadAsync<T>(reader.Schema.DataFields.Single(f => f.Name == name), values.AsMemory());
            return values;
        }

        async Task<string?[]> ReadText(string name)
        {
            var values = new string?[3];
            await group.ReadAsync(reader.Schema.DataFields.Single(f => f.Name == name), values.AsMemory());
            return values;
        }

        var year = await Read<int>("year");
        var agency = await ReadText("agency");
        var sample = await Read<bool>("sample");
        var decisions = await ReadNullable<long>("table2.licensing.decisions");
        var blank = await ReadNullable<long>("table3.granted.total");
        var made = await ReadNullable<long>("table2.regulations.made");
        var money = await ReadText("table2.fees.amount_wan_yuan");
        Assert.Equal(new[] { 2020, 2023, 2023 }, year);
        Assert.Equal(new[] { "linzi-gxj", "linzi-gxj", "zibo-zfb" }, agency);
        Assert.Equal(new[] { false, false, false }, sample);
        Assert.Equal(new long?[] { 12, 12, 12 }, decisions);
        Assert.Equal(new long?[] { null, null, null }, blank);
        Assert.Equal(new long?[] { 0, null, null }, made);
        Assert.Equal(new[] { null, "5949.088667", "5949.088667" }, money);
    }

    [Fact]
    public void The_dataset_is_the_same_bytes_whatever_order_the_reports_come_in()
    {
        ReportEntry[] all = [Entry(slug: "zibo-zfb", year: 2022), Entry(FormatVersion.Gb2019, year: 2020), Entry()];
        var text = new DatasetText("数据", "说明", []);
        var once = ArchiveDataset.Build(Table(all), Words, text, "zh-CN");
        var again = ArchiveDataset.Build(Table([.. all.Reverse()]), Words, text, "zh-CN");
        Assert.Equal(once.Select(f => f.Path), again.Select(f => f.Path));
        Assert.All(once.Zip(again), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
        Assert.Equal(["data/figures.parquet", "data/figures-2020.csv", "data/figures-2022.csv", "data/figures-2023.csv", "data/fields.csv", "data/csv-metadata.json"],
            once.Select(f => f.Path));
    }

    [Fact]
    public void The_csvw_description_pairs_every_csv_title_with_its_machine_name_and_type()
    {
        var table = Table(Entry(FormatVersion.Gb2019, year: 2020), Entry());
        var csv = TestCsv.Read(YearFiles.Build(table).First().Content);
        using var json = JsonDocument.Parse(CsvwMetadata.Build(table, Words, new DatasetText("数据", "说明", []), "zh-CN").Content);
        var root = json.RootElement;
        Assert.Equal("http://www.w3.org/ns/csvw", root.GetProperty("@context")[0].GetString());
        Assert.Equal(["data/figures-2020.csv", "data/figures-2023.csv", DataDictionary.Path],
            root.GetProperty("tables").EnumerateArray().Select(t => "data/" + t.GetProperty("url").GetString()));
        var columns = root.GetProperty("tableSchema").GetProperty("columns").EnumerateArray().ToList();
        Assert.Equal(csv[0], columns.Select(c => c.GetProperty("titles").GetString()));
        Assert.Equal(table.Columns.Select(c => c.Name), columns.Select(c => c.GetProperty("name").GetString()));
        string Type(string name) => columns.Single(c => c.GetProperty("name").GetString() == name).GetProperty("datatype").GetString()!;
        Assert.Equal(["integer", "boolean", "string", "nonNegativeInteger", "integer", "string"],
            [Type("year"), Type("sample"), Type("source_url"), Type("table3.granted.total"), Type("table2.licensing.change"), Type("table2.fees.amount_wan_yuan")]);

        var dictionary = root.GetProperty("tables")[2].GetProperty("tableSchema").GetProperty("columns").EnumerateArray();
        Assert.Equal(TestCsv.Read(DataDictionary.Build(table, Words).Content)[0], dictionary.Select(c => c.GetProperty("titles").GetString()));
    }

    [Fact]
    public void The_data_dictionary_lists_every_column_once_with_where_a_figure_is_printed()
    {
        var table = Table(Entry());
        var rows = TestCsv.Read(DataDictionary.Build(table, Words).Content);
        Assert.Equal(["字段名", "列标题", "类型", "表", "行", "列", "适用格式", "说明"], rows[0]);
        Assert.Equal(table.Columns.Select(c => c.Name), rows.Skip(1).Select(r => r[0]));
        Assert.Contains(["sample", "示例数据", "boolean", "", "", "", "", "true 表示为演示本系统虚构的示例报告，不是真实数据"], rows);
        Assert.Contains(rows, r => r[0] == "table3.denied.state_secret.natural_person"
            && r[1..7].SequenceEqual(["表三·三、（三）不予公开 1.属于国家秘密·自然人", "nonNegativeInteger", "表三", "三、（三）不予公开 1.属于国家秘密", "自然人", "gb2021 gb2019"]));
        Assert.Contains(rows, r => r[0] == "table2.regulations.issued" && r[6] == "gb2021");
    }

    [Fact]
    public void An_agencys_file_has_a_row_per_figure_and_a_column_per_year()
    {
        var files = AgencyFiles.Build([Entry(), Entry(FormatVersion.Gb2019, year: 2020), Entry(slug: "zibo-zfb")], Words, e => "/" + e.PageUrl).ToList();
        Assert.Equal(["linzi-gxj/figures.csv", "zibo-zfb/figures.csv"], files.Select(f => f.Path));

        var rows = TestCsv.Read(files[0].Content);
        Assert.Equal(["字段名", "表", "行", "列", "2020年", "2023年"], rows[0]);
        Assert.Equal(["format_version", "", "表格格式", "", "gb2019", "gb2021"], rows[2]);
        Assert.Equal(["sample", "", "示例数据", "", "false", "false"], rows[3]);
        Assert.Equal(["url", "", "本站页面", "", "/linzi-gxj/2020/annual-report/", "/linzi-gxj/2023/annual-report/"], rows[5]);
        Assert.Contains(["table2.licensing.decisions", "表二", "第二十条第（五）项 行政许可", "本年处理决定数量", "12", "12"], rows);
        Assert.Contains(["table3.granted.total", "表三", "三、（一）予以公开", "总计", "", ""], rows);
        Assert.Contains(["table2.regulations.made", "表二", "第二十条第（一）项 规章", "本年新制作数量", "0", ""], rows);
        Assert.Equal(FigureLayout.Columns.Count + AgencyFiles.ReportRows.Count + 1, rows.Count);

        var single = TestCsv.Read(files[1].Content);
        Assert.DoesNotContain(single, r => r[0] == "table2.regulations.made");   // no 2019-format report
    }

    [Fact]
    public void Json_ld_describes_a_schema_org_dataset_with_its_downloads()
    {
        var words = new DatasetText("政府信息公开文库：统计数据", "两份报告的统计表", ["政府信息公开", "年度报告"]);
        var text = ArchiveDataset.JsonLd("政府信息公开文库", "https://example.gov.cn/", [Entry(year: 2021), Entry()], words);
        using var doc = JsonDocument.Parse(text);
        var root = doc.RootElement;
        Assert.Equal("Dataset", root.GetProperty("@type").GetString());
        Assert.Equal("https://example.gov.cn/data/", root.GetProperty("url").GetString());
        Assert.Equal("2021/2023", root.GetProperty("temporalCoverage").GetString());
        Assert.Equal(["https://example.gov.cn/data/figures.parquet", "https://example.gov.cn/data/figures-2021.csv", "https://example.gov.cn/data/figures-2023.csv", "https://example.gov.cn/data/csv-metadata.json"],
            root.GetProperty("distribution").EnumerateArray().Select(d => d.GetProperty("contentUrl").GetString()));
        Assert.Equal("政府信息公开文库：统计数据", root.GetProperty("name").GetString());
        Assert.Equal(["政府信息公开", "年度报告"], root.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()));
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
    }
}

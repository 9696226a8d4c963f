using System.Text;
using StaticArchive.Content;
using StaticArchive.History;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Browser.Tests.Infrastructure;

/// <summary>
/// A small archive written here, for the tests of what readers see (tables, charts, history, site map, language),
/// so they never depend on the repository's sample content, which editors replace. Every word in it is Chinese;
/// its 更新记录 comes from a history whose commit messages are English, as editors' often are.
/// </summary>
public static class ReaderArchive
{
    /// <summary>The report whose table 三 holds figures in every column.</summary>
    public const string Report = "qu-gxj/2023/annual-report/";

    /// <summary>The agency with two years of reports (one with nothing received).</summary>
    public const string Agency = "qu-gxj/";

    /// <summary>The agency's proposals, by session.</summary>
    public const string Proposals = "qu-gxj/proposals/";

    /// <summary>The commit messages of <see cref="History"/>: editors' words, never shown.</summary>
    public static readonly string[] CommitSubjects = ["fix: table 3 typo", "content: import reports"];

    /// <summary>The note for readers in the newest commit.</summary>
    public const string ChangeNote = "更正了表三中一处数字的排版。";

    private const string Files = """
        -- site.yml --
        title: 政府信息公开文库
        description: 收录各机关的政府信息公开工作年度报告、政府信息公开指南和建议提案办理答复。
        language: zh-CN
        footer:
          organizer: 甲市人民政府办公室
          contact: 电话 0533-0000000
          site_code: "3703000000"
          icp: 鲁ICP备00000000号
          psb_record: 鲁公网安备00000000000000号
        -- shi-zfb/_agency.yml --
        name: 甲市人民政府办公室
        level: 市级
        -- qu-zfb/_agency.yml --
        name: 甲市乙区人民政府办公室
        level: 县级
        parent: shi-zfb
        -- qu-gxj/_agency.yml --
        name: 甲市乙区工业和信息化局
        short_name: 乙区工信局
        level: 县级
        parent: qu-zfb
        address: 乙区人民路1号
        phone: 0533-0000001
        -- qu-gxj/2022/annual-report.md --
        ---
        title: 甲市乙区工业和信息化局2022年政府信息公开工作年度报告
        type: annual-report
        date: 2023-01-20
        ---
        ## 一、总体情况

        本年度没有收到政府信息公开申请。

        ## 三、收到和处理政府信息公开申请情况

        {{< table table3 >}}
        -- qu-gxj/2023/annual-report.md --
        ---
        title: 甲市乙区工业和信息化局2023年政府信息公开工作年度报告
        type: annual-report
        date: 2024-01-20
        ---
        ## 一、总体情况

        本局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息，依法办理政府信息公开申请。

        ## 二、主动公开政府信息情况

        {{< table table2 >}}

        ## 三、收到和处理政府信息公开申请情况

        {{< table table3 >}}

        ## 四、政府信息公开行政复议、行政诉讼情况

        {{< table table4 >}}

        ## 五、存在的主要问题及改进情况

        信息公开的及时性有待提高，下一步将完善工作制度。
        -- qu-zfb/2023/annual-report.md --
        ---
        title: 甲市乙区人民政府办公室2023年政府信息公开工作年度报告
        type: annual-report
        date: 2024-01-25
        ---
        ## 三、收到和处理政府信息公开申请情况

        {{< table table3 >}}
        -- qu-gxj/2023/guide.md --
        ---
        title: 甲市乙区工业和信息化局政府信息公开指南
        type: guide
        date: 2023-03-01
        ---
        ## 一、主动公开

        本局主动公开的政府信息，可以在本局门户网站查阅。

        ## 二、依申请公开

        申请人可以通过信函、当面等方式提出申请。
        -- qu-gxj/2023/proposals/npc-19.md --
        ---
        title: 对区十九届人大二次会议第19号建议的答复
        type: proposal
        date: 2023-06-30
        kind: npc-suggestion
        session: 区十九届人大二次会议
        number: "19"
        proposer: 某某代表
        subject: 关于加快老旧工业园区改造的建议
        handling_units: {lead: [甲市乙区工业和信息化局], assisting: [甲市乙区财政局]}
        result: {code: A, label: 已解决或基本解决}
        reply_date: 2023-06-20
        satisfaction: 满意
        ---
        某某代表：

        您提出的建议收悉，现答复如下：园区改造已列入年度计划并已完成。
        -- qu-gxj/2023/proposals/cppcc-27.md --
        ---
        title: 对区政协十一届二次会议第27号提案的答复
        type: proposal
        date: 2023-07-01
        kind: cppcc-proposal
        session: 区政协十一届二次会议
        number: "27"
        proposer: 某某委员
        result: planned
        ---
        某某委员：

        您提出的《关于发展数字经济的提案》收悉，现答复如下：相关工作已列入计划，逐步推进。
        -- shi-zfb/2023/baomi-zhidu.md --
        ---
        title: 甲市人民政府办公室政府信息公开保密审查制度
        type: document
        date: 2023-05-10
        doc_no: 甲政办发〔2023〕1号
        ---
        第一条 为规范政府信息公开保密审查工作，制定本制度。
        """;

    /// <summary>Writes the archive's <c>content/</c> folder into <paramref name="content"/>.</summary>
    public static void WriteTo(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        foreach (var (path, text) in Sections())
        {
            var full = Path.Combine(content, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, new UTF8Encoding(false));
        }

        File.WriteAllText(Path.Combine(content, "qu-gxj/2022/annual-report.yml"), ReportYaml(2022, "甲市乙区工业和信息化局", received: 0));
        File.WriteAllText(Path.Combine(content, "qu-gxj/2023/annual-report.yml"), ReportYaml(2023, "甲市乙区工业和信息化局", received: 1));
        File.WriteAllText(Path.Combine(content, "qu-zfb/2023/annual-report.yml"), ReportYaml(2023, "甲市乙区人民政府办公室", received: 3));
    }

    /// <summary>Every document's history: an English commit without a note, then one with a note for readers.</summary>
    internal static IDocumentHistory History { get; } = new FixedHistory(
    [
        new Revision(new DateOnly(2024, 3, 15), CommitSubjects[0], ChangeNote),
        new Revision(new DateOnly(2024, 2, 1), CommitSubjects[1]),
    ]);

    private static IEnumerable<(string Path, string Text)> Sections()
    {
        string? path = null;
        var body = new StringBuilder();
        foreach (var line in Files.Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal))
            {
                if (path is not null)
                {
                    yield return (path, body.ToString());
                }

                path = line[3..^3];
                body.Clear();
            }
            else
            {
                body.Append(line).Append('\n');
            }
        }

        if (path is not null)
        {
            yield return (path, body.ToString());
        }
    }

    // A consistent report: in table 三 every applicant column of a row gets `received` × its column number, so
    // every figure differs from zero (but the zero year's), the rows add up and the results equal what came in.
    private static string ReportYaml(int year, string agency, int received)
    {
        var yaml = new StringBuilder($"schema: {ReportSchemas.SchemaId}\nformat_version: gb2021\nreport:\n  agency: \"{agency}\"\n  year: {year}\n");
        foreach (var table in ReportSchemas.All(FormatVersion.Gb2021))
        {
            yaml.Append(table.Name).Append(":\n");
            string? group = null;
            foreach (var row in table.Rows)
            {
                var indent = "  ";
                if (row.Path.Contains('.', StringComparison.Ordinal))
                {
                    var g = row.Path.Split('.')[0];
                    if (group != g)
                    {
                        yaml.Append("  ").Append(g).Append(":\n");
                        group = g;
                    }

                    indent = "    ";
                }

                var values = row.Columns.Select((c, i) => $"{c.Key}: {Figure(table.Name, row.Path, c, i, row.Columns.Count, received)}");
                yaml.Append(indent).Append(row.Key).Append(": {").Append(string.Join(", ", values)).Append("}\n");
            }
        }

        return yaml.ToString();
    }

    private static string Figure(string table, string row, ColumnDef column, int index, int count, int received)
    {
        if (column.Type == CellType.Money)
        {
            return "\"0\"";
        }

        // Table 三: figures only in 本年新收 and in （一）予以公开 and （七）总计 (everything received was granted).
        if (table != "table3" || row is not ("new_received" or "granted" or "total_processed"))
        {
            return "0";
        }

        var applicants = count - 1;
        return (index < applicants ? received * (index + 1) : received * applicants * (applicants + 1) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed class FixedHistory(IReadOnlyList<Revision> revisions) : IDocumentHistory
    {
        public IReadOnlyList<Revision> Revisions(Document document) => revisions;

        public DateOnly? LastUpdated(Document document) => revisions[0].Date;

        public string? Fingerprint => "reader-archive";
    }
}

namespace StaticArchive.Tables.Schema;

/// <summary>
/// The registry of the three standard tables, transcribed from <c>annual-report-schema.yml</c>
/// (国办公开办函〔2021〕30号 and 〔2019〕60号). Data files hold keys only; every label comes from here,
/// so every report renders with the standard wording.
/// </summary>
internal static class ReportSchemas
{
    /// <summary>The value of the <c>schema:</c> key of a data file.</summary>
    public const string SchemaId = "zfxxgk-annual-report/1";

    /// <summary>The names of the standard tables, in printed order.</summary>
    public static IReadOnlyList<string> TableNames { get; } = ["table2", "table3", "table4"];

    /// <summary>The header label of table 二's stub column.</summary>
    public const string Table2StubLabel = "信息内容";

    /// <summary>The label above table 三's data columns.</summary>
    public const string Table3ColumnGroupLabel = "申请人情况";

    /// <summary>The heading of table 三's result rows.</summary>
    public const string Table3ResultsLabel = "三、本年度办理结果";

    private static readonly TableSchema Table2Gb2021 = new("table2", "二", "主动公开政府信息情况",
    [
        .. Block("art20_1", "第二十条第（一）项", [Col("issued", "本年制发件数"), Col("repealed", "本年废止件数"), Col("in_force", "现行有效件数")],
            ("regulations", "规章"), ("normative_documents", "行政规范性文件")),
        .. Block("art20_5", "第二十条第（五）项", [Col("decisions", "本年处理决定数量")], ("licensing", "行政许可")),
        .. Block("art20_6", "第二十条第（六）项", [Col("decisions", "本年处理决定数量")], ("penalty", "行政处罚"), ("coercion", "行政强制")),
        .. Block("art20_8", "第二十条第（八）项", [Col("amount_wan_yuan", "本年收费金额（单位：万元）", CellType.Money)], ("fees", "行政事业性收费")),
    ]);

    private static readonly ColumnDef[] Items2019 =
        [Col("prev_year_items", "上一年项目数量"), Col("change", "本年增/减", CellType.SignedCount), Col("decisions", "处理决定数量")];

    private static readonly TableSchema Table2Gb2019 = new("table2", "二", "主动公开政府信息情况",
    [
        .. Block("art20_1", "第二十条第（一）项", [Col("made", "本年新制作数量"), Col("published", "本年新公开数量"), Col("public_total", "对外公开总数量")],
            ("regulations", "规章"), ("normative_documents", "规范性文件")),
        .. Block("art20_5", "第二十条第（五）项", Items2019, ("licensing", "行政许可"), ("other_external_services", "其他对外管理服务事项")),
        .. Block("art20_6", "第二十条第（六）项", Items2019, ("penalty", "行政处罚"), ("coercion", "行政强制")),
        .. Block("art20_8", "第二十条第（八）项", Items2019[..2], ("fees", "行政事业性收费")),
        .. Block("art20_9", "第二十条第（九）项", [Col("projects", "采购项目数量"), Col("amount", "采购总金额", CellType.Money)],
            ("centralized_procurement", "政府集中采购")),
    ]);

    /// <summary>Table 三's seven data columns, in printed order.</summary>
    public static IReadOnlyList<ColumnDef> Table3Columns { get; } =
    [
        Col("natural_person", "自然人"),
        LegalEntity("commercial_enterprise", "商业企业"),
        LegalEntity("research_institution", "科研机构"),
        LegalEntity("public_welfare_org", "社会公益组织"),
        LegalEntity("legal_service_org", "法律服务机构"),
        LegalEntity("other_org", "其他"),
        Col("total", "总计"),
    ];

    private static readonly TableSchema Table3Gb2021 = Table3(
    [
        ("overdue_correction", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        ("unpaid_fee", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        ("other", "3.其他"),
    ]);

    private static readonly TableSchema Table3Gb2019 = Table3(null);

    private static readonly ColumnDef[] Table4Columns =
        [Col("upheld", "结果维持"), Col("corrected", "结果纠正"), Col("other", "其他结果"), Col("pending", "尚未审结"), Col("total", "总计")];

    private static readonly TableSchema Table4Schema = new("table4", "四", "政府信息公开行政复议、行政诉讼情况",
    [
        new RowDef("review", "行政复议", Table4Columns),
        new RowDef("litigation_direct", "未经复议直接起诉", Table4Columns, "litigation", "行政诉讼"),
        new RowDef("litigation_after_review", "复议后起诉", Table4Columns, "litigation", "行政诉讼"),
    ]);

    /// <summary>The schema of one standard table in one format version.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The name is not table2, table3 or table4.</exception>
    public static TableSchema Get(FormatVersion version, string tableName) => tableName switch
    {
        "table2" => version == FormatVersion.Gb2021 ? Table2Gb2021 : Table2Gb2019,
        "table3" => version == FormatVersion.Gb2021 ? Table3Gb2021 : Table3Gb2019,
        "table4" => Table4Schema,
        _ => throw new ArgumentOutOfRangeException(nameof(tableName), tableName, "not a standard table"),
    };

    /// <summary>All three tables of one format version, in printed order.</summary>
    public static IReadOnlyList<TableSchema> All(FormatVersion version) => [.. TableNames.Select(n => Get(version, n))];

    /// <summary>The data-file spelling of a format version (<c>gb2021</c>).</summary>
    public static string Key(this FormatVersion version) => version == FormatVersion.Gb2021 ? "gb2021" : "gb2019";

    /// <summary>Parses <c>gb2021</c>/<c>gb2019</c>; null for anything else (including <c>pre2019</c>).</summary>
    public static FormatVersion? ParseVersion(string? text) => text switch
    {
        "gb2021" => FormatVersion.Gb2021,
        "gb2019" => FormatVersion.Gb2019,
        _ => null,
    };

    private static TableSchema Table3((string Key, string Label)[]? otherHandlingChildren)
    {
        var c = Table3Columns;
        var rows = new List<RowDef>
        {
            new("new_received", "一、本年新收政府信息公开申请数量", c),
            new("carried_over", "二、上年结转政府信息公开申请数量", c),
            new("granted", "（一）予以公开", c, InResults: true),
            new("partially_granted", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", c, InResults: true),
        };
        rows.AddRange(Children("denied", "（三）不予公开",
            ("state_secret", "1.属于国家秘密"), ("prohibited_by_law", "2.其他法律行政法规禁止公开"),
            ("three_securities_one_stability", "3.危及“三安全一稳定”"), ("third_party_rights", "4.保护第三方合法权益"),
            ("internal_affairs", "5.属于三类内部事务信息"), ("process_information", "6.属于四类过程性信息"),
            ("enforcement_case_file", "7.属于行政执法案卷"), ("administrative_inquiry", "8.属于行政查询事项")));
        rows.AddRange(Children("unable_to_provide", "（四）无法提供",
            ("not_held", "1.本机关不掌握相关政府信息"), ("needs_creation", "2.没有现成信息需要另行制作"),
            ("unclear_after_correction", "3.补正后申请内容仍不明确")));
        rows.AddRange(Children("not_processed", "（五）不予处理",
            ("petition_complaint", "1.信访举报投诉类申请"), ("duplicate", "2.重复申请"), ("publication", "3.要求提供公开出版物"),
            ("excessive_repeated", "4.无正当理由大量反复申请"), ("confirm_or_reissue", "5.要求行政机关确认或重新出具已获取信息")));
        if (otherHandlingChildren is null)
        {
            rows.Add(new("other_handling", "（六）其他处理", c, InResults: true));
        }
        else
        {
            rows.AddRange(Children("other_handling", "（六）其他处理", otherHandlingChildren));
        }

        rows.Add(new("total_processed", "（七）总计", c, InResults: true));
        rows.Add(new("carried_forward", "四、结转下年度继续办理", c));
        return new("table3", "三", "收到和处理政府信息公开申请情况", rows,
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");

        IEnumerable<RowDef> Children(string group, string groupLabel, params (string Key, string Label)[] children) =>
            children.Select(ch => new RowDef($"{group}.{ch.Key}", ch.Label, c, group, groupLabel, InResults: true));
    }

    private static IEnumerable<RowDef> Block(string group, string label, ColumnDef[] columns, params (string Key, string Label)[] rows) =>
        rows.Select(r => new RowDef(r.Key, r.Label, columns, group, label));

    private static ColumnDef Col(string key, string label, CellType type = CellType.Count) => new(key, label, type);

    private static ColumnDef LegalEntity(string key, string label) => new(key, label, CellType.Count, "legal_entity", "法人或其他组织");
}

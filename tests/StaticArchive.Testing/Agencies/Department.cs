namespace StaticArchive.Testing.Agencies;

/// <summary>A kind of office: its slug suffix and its names below and at province level (null: none there).</summary>
internal sealed record Department(string Key, string Name, string Short, string? ProvinceName, string? ProvinceShort)
{
    /// <summary>Every kind; the first, the government office, is in every region.</summary>
    public static readonly Department[] All =
    [
        new("zfb", "人民政府办公室", "政府办", "人民政府办公厅", "政府办公厅"),
        new("fgj", "发展和改革局", "发改局", "发展和改革委员会", "发改委"),
        new("jyj", "教育和体育局", "教体局", "教育厅", "教育厅"),
        new("kjj", "科学技术局", "科技局", "科学技术厅", "科技厅"),
        new("gxj", "工业和信息化局", "工信局", "工业和信息化厅", "工信厅"),
        new("gaj", "公安局", "公安局", "公安厅", "公安厅"),
        new("mzj", "民政局", "民政局", "民政厅", "民政厅"),
        new("sfj", "司法局", "司法局", "司法厅", "司法厅"),
        new("czj", "财政局", "财政局", "财政厅", "财政厅"),
        new("rsj", "人力资源和社会保障局", "人社局", "人力资源和社会保障厅", "人社厅"),
        new("zrj", "自然资源局", "自然资源局", "自然资源厅", "自然资源厅"),
        new("hbj", "生态环境局", "生态环境局", "生态环境厅", "生态环境厅"),
        new("zjj", "住房和城乡建设局", "住建局", "住房和城乡建设厅", "住建厅"),
        new("jtj", "交通运输局", "交通运输局", "交通运输厅", "交通运输厅"),
        new("slj", "水利局", "水利局", "水利厅", "水利厅"),
        new("nyj", "农业农村局", "农业农村局", "农业农村厅", "农业农村厅"),
        new("swj", "商务局", "商务局", "商务厅", "商务厅"),
        new("wlj", "文化和旅游局", "文旅局", "文化和旅游厅", "文旅厅"),
        new("wjj", "卫生健康局", "卫健局", "卫生健康委员会", "卫健委"),
        new("tyj", "退役军人事务局", "退役军人局", "退役军人事务厅", "退役军人厅"),
        new("yjj", "应急管理局", "应急局", "应急管理厅", "应急厅"),
        new("sjj", "审计局", "审计局", "审计厅", "审计厅"),
        new("scj", "市场监督管理局", "市场监管局", "市场监督管理局", "市场监管局"),
        new("tjj", "统计局", "统计局", "统计局", "统计局"),
        new("ybj", "医疗保障局", "医保局", "医疗保障局", "医保局"),
        new("spj", "行政审批服务局", "审批局", null, null),
        new("zfj", "综合行政执法局", "综合执法局", null, null),
        new("dsj", "大数据局", "大数据局", "大数据局", "大数据局"),
        new("xfj", "信访局", "信访局", "信访局", "信访局"),
        new("lsj", "粮食和物资储备局", "粮储局", "粮食和物资储备局", "粮储局"),
    ];

    /// <summary>Offices that decide many licences.</summary>
    public bool LicensingHeavy => Key is "spj" or "scj" or "zjj" or "jtj" or "wjj" or "zrj";

    /// <summary>Offices that decide many penalties.</summary>
    public bool PenaltyHeavy => Key is "scj" or "zfj" or "hbj" or "gaj" or "yjj" or "jtj";
}

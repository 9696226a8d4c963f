namespace StaticArchive.Tests.Support;

/// <summary>Small archives several tests start from.</summary>
public static class Sites
{
    /// <summary>One agency, one report.</summary>
    public const string Minimal = """
        -- content/site.yml --
        title: 政府信息公开文库
        base_url: https://archive.example.gov.cn/
        -- content/linzi-gxj/_agency.yml --
        name: 临淄区工业和信息化局
        level: 县级
        phone: 0533-7857266
        -- content/linzi-gxj/2023/annual-report.md --
        ---
        title: 2023年政府信息公开工作年度报告
        type: annual-report
        date: 2024-01-20
        index_no: 11370305MB2843527X/2024-00001
        ---
        ## 一、总体情况

        正文第一段，政府信息
        公开工作。
        """;

    /// <summary>Two agencies, two years, each document type.</summary>
    public const string Small = Minimal + """

        -- content/linzi-gxj/2022/annual-report.md --
        ---
        title: 2022年政府信息公开工作年度报告
        type: annual-report
        date: 2023-01-20
        ---
        2022年正文。
        -- content/linzi-gxj/2023/guide.md --
        ---
        title: 临淄区工业和信息化局政府信息公开指南
        type: guide
        date: 2023-03-01
        ---
        指南正文。
        -- content/linzi-gxj/2023/proposals/npc-19.md --
        ---
        title: 对区十九届人大二次会议第19号建议的答复
        type: proposal
        date: 2023-06-30
        kind: npc-suggestion
        session: 区十九届人大二次会议
        number: "19"
        proposer: 某某代表
        result: {code: A, label: 已解决或基本解决}
        satisfaction: 满意
        ---
        答复正文。
        -- content/zibo-zfb/_agency.yml --
        name: 淄博市人民政府办公室
        level: 市级
        -- content/zibo-zfb/2023/work-plan.md --
        ---
        title: 2023年政务公开工作要点
        type: document
        date: 2023-04-01
        doc_no: 淄政办字〔2023〕5号
        ---
        要点正文。
        """;
}

using Spectre.Console.Cli;
using StaticArchive.Cli.Commands;

namespace StaticArchive.Cli;

/// <summary>The verbs of the tool, in one place so tests run the same configuration as the program.</summary>
public static class CliConfiguration
{
    /// <summary>Registers every command.</summary>
    public static void Configure(IConfigurator config)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.SetApplicationName("staticarchive");
        config.AddCommand<BuildCommand>("build")
            .WithDescription("把 content/ 构建成静态文库，写入 output/（出错时保留原有 output/）。")
            .WithExample("build")
            .WithExample("build", "--base-url", "/archive/");
        config.AddCommand<ServeCommand>("serve")
            .WithDescription("构建并在本机预览（http://127.0.0.1:5080），保存后自动重建、刷新页面；出错时页面上显示错误。")
            .WithExample("serve")
            .WithExample("serve", "--port", "8080");
        config.AddCommand<CheckCommand>("check")
            .WithDescription("检查全部内容（front matter、数据文件、表格规则、站内链接和锚点、缺失或无人引用的文件），不写输出。退出码：0 无问题，1 有错误，2 仅有警告且用了 --strict。")
            .WithExample("check")
            .WithExample("check", "--format", "json", "--strict");
        config.AddCommand<ImportCommand>("import")
            .WithDescription("把已发布的网页、网页文本、PDF 或 Word 文件导入为文库内容（年度报告连同三张表的数据文件），并报告找到和没找到的内容。退出码：0 全部顺利，1 有错误，2 有需要人工核对之处。")
            .WithExample("import", "page.html", "--agency", "linzi-gxj")
            .WithExample("import", "crawl/", "--agency", "linzi-gxj", "--dry-run");
        config.AddBranch("new", branch =>
        {
            branch.SetDescription("新建机关、年度报告（含三张表的数据文件）、政府信息公开指南或建议提案答复的骨架文件；已存在的文件不覆盖。");
            branch.AddCommand<NewAgencyCommand>("agency").WithDescription("新建机关文件夹和 _agency.yml").WithExample("new", "agency", "linzi-gxj");
            branch.AddCommand<NewReportCommand>("report").WithDescription("新建年度报告：六个标准章节、三张表的占位和完整的数据文件").WithExample("new", "report", "linzi-gxj", "2024");
            branch.AddCommand<NewGuideCommand>("guide").WithDescription("新建政府信息公开指南").WithExample("new", "guide", "linzi-gxj", "2024");
            branch.AddCommand<NewProposalCommand>("proposal").WithDescription("新建建议提案答复（办理记录字段和正文骨架）").WithExample("new", "proposal", "linzi-gxj", "2024", "--slug", "npc-42");
        });
    }
}

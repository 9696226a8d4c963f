using StaticArchive.Import.Labels;
using StaticArchive.Tables.Schema;

namespace StaticArchive.Import.Tables;

/// <summary>
/// Decides which national format a report's tables follow from what they print: table 二's column headers
/// (本年新制作数量… in 2019, 本年制发件数… in 2021), else table 三's （六）其他处理 (one row in 2019, three in 2021).
/// </summary>
internal static class FormatDetector
{
    private static readonly string[] Marks2019 = ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "采购项目数量"];
    private static readonly string[] Marks2021 = ["本年制发件数", "本年废止件数", "现行有效件数", "先行有效件数", "本年收费金额"];
    private static readonly string Split2021 = LabelText.Normalize("申请人无正当理由逾期不补正");

    /// <summary>The version, and how it was decided (for the report).</summary>
    public static (FormatVersion Version, string Reason) Detect(string table2Text, string table3Text, int? year)
    {
        var t2 = LabelText.Normalize(table2Text);
        if (Marks2019.Any(t2.Contains))
        {
            return (FormatVersion.Gb2019, "表二的列为“本年新制作数量”等，按2019年格式（国办公开办函〔2019〕60号）导入。");
        }

        if (Marks2021.Any(t2.Contains))
        {
            return (FormatVersion.Gb2021, "表二的列为“本年制发件数”等，按2021年格式（国办公开办函〔2021〕30号）导入。");
        }

        var t3 = LabelText.Normalize(table3Text);
        if (t3.Contains(Split2021, StringComparison.Ordinal))
        {
            return (FormatVersion.Gb2021, "表三的（六）其他处理分为三小项，按2021年格式导入。");
        }

        if (t3.Contains("（六）其他处理", StringComparison.Ordinal))
        {
            return (FormatVersion.Gb2019, "表三的（六）其他处理只有一行，按2019年格式导入。");
        }

        return year >= 2021
            ? (FormatVersion.Gb2021, "表格未显示格式特征，按报告年度（2021年及以后）用2021年格式，请核对。")
            : (FormatVersion.Gb2019, "表格未显示格式特征，按报告年度（2019、2020年）用2019年格式，请核对。");
    }
}

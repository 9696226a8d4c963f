using ApprovalTests;
using StaticArchive.Tables.Html;

namespace StaticArchive.Tests.Tables;

public sealed class ApprovedTablesTests
{
    [Fact]
    public void Seed_report_tables_all_zero_gb2021()
    {
        // 临淄区工业和信息化局 2023 (the seed): every figure of the three tables is 0.
        var report = TestReports.Report();
        var context = new TableContext("临淄区工业和信息化局", 2023, "", TestReports.Words);
        var html = string.Concat(report.Tables.Select(t => ReportTableHtml.Render(t, context)));
        Approvals.Verify(html);
    }
}

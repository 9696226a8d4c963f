namespace StaticArchive.Theme.Models;

/// <summary>A figure of a report that does not add up, as the page's notice lists it.</summary>
/// <param name="Rule">The rule it breaks (R1–R4); the theme words each rule (<c>notice_R1</c>…).</param>
/// <param name="Table">The table's heading, e.g. 三、收到和处理政府信息公开申请情况.</param>
/// <param name="Row">The row as printed, e.g. 三、（七）总计.</param>
/// <param name="Column">The column as printed, e.g. 商业企业.</param>
/// <param name="Printed">The printed figure; null when the cell is blank.</param>
/// <param name="Expected">What the other figures add up to.</param>
public sealed record InconsistencyView(string Rule, string Table, string Row, string Column, string? Printed, string? Expected);

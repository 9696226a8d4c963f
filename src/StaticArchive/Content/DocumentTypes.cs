namespace StaticArchive.Content;

/// <summary>The document types an editor may write in <c>type:</c>, in the order listings show them.</summary>
internal static class DocumentTypes
{
    /// <summary>政府信息公开工作年度报告.</summary>
    public const string AnnualReport = "annual-report";

    /// <summary>政府信息公开指南.</summary>
    public const string Guide = "guide";

    /// <summary>建议提案办理 records.</summary>
    public const string Proposal = "proposal";

    /// <summary>Any other published document.</summary>
    public const string Document = "document";

    /// <summary>All types, in display order.</summary>
    public static IReadOnlyList<string> All { get; } = [AnnualReport, Guide, Proposal, Document];

    /// <summary>True for a known type.</summary>
    public static bool IsKnown(string type) => All.Contains(type, StringComparer.Ordinal);
}

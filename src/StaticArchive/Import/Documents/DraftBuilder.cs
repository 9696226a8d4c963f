using StaticArchive.Import.Recognition;
using StaticArchive.Import.Reporting;
using StaticArchive.Import.Sources;

namespace StaticArchive.Import.Documents;

/// <summary>Builds the draft of a source document by its kind, and notes the facts the source does not state.</summary>
internal static class DraftBuilder
{
    public static DocumentDraft Build(SourceDocument source, DocumentFacts facts)
    {
        var draft = facts.Kind switch
        {
            "annual-report" => AnnualReportBuilder.Build(source, facts),
            "proposal" => ProposalBuilder.Build(source, facts),
            "guide" => GuideBuilder.Build(source, facts),
            _ => Other(source, facts),
        };
        if (facts.Title is null)
        {
            draft.NotStated.Insert(0, "标题");
            draft.Findings.Add(new Finding(FindingLevel.Error, "来源没有标题，无法导入：请在网页或文件中确认标题。"));
        }

        if (facts.Published is null)
        {
            draft.NotStated.Insert(0, "发布日期");
        }

        if (facts.Url is null)
        {
            draft.NotStated.Insert(0, "原文链接");
        }

        if (facts.Kind == "annual-report" && facts.AgencyName is null)
        {
            draft.NotStated.Add("机关名称");
        }

        foreach (var note in source.Notes)
        {
            draft.Findings.Add(new Finding(FindingLevel.Info, note));
        }

        return draft;
    }

    private static DocumentDraft Other(SourceDocument source, DocumentFacts facts)
    {
        var draft = new DocumentDraft { Facts = facts, Slug = "document" };
        FreeFormBuilder.Fill(draft, source, null);
        draft.SectionsFound.Clear();
        return draft;
    }
}

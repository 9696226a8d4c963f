using StaticArchive.Import.Recognition;
using StaticArchive.Import.Sources;

namespace StaticArchive.Import.Documents;

/// <summary>Builds a 政府信息公开指南: its text as printed, numbered headings as headings, and which of a guide's
/// standard sections (主动公开, 依申请公开, 监督方式/救济) it has.</summary>
internal static class GuideBuilder
{
    private static readonly (string Name, string[] Words)[] Sections =
    [
        ("主动公开", ["主动公开"]),
        ("依申请公开", ["依申请公开"]),
        ("监督方式及程序", ["监督", "救济"]),
    ];

    public static DocumentDraft Build(SourceDocument source, DocumentFacts facts)
    {
        var draft = new DocumentDraft { Facts = facts, Slug = "guide" };
        FreeFormBuilder.Fill(draft, source, null);
        var headings = draft.SectionsFound.ToList();
        draft.SectionsFound.Clear();
        foreach (var (name, words) in Sections)
        {
            (headings.Any(h => words.Any(w => h.Contains(w, StringComparison.Ordinal))) ? draft.SectionsFound : draft.SectionsMissing).Add(name);
        }

        return draft;
    }
}

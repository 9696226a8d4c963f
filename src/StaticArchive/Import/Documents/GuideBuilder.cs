using System.Text.RegularExpressions;
using StaticArchive.Import.Labels;
using StaticArchive.Import.Recognition;
using StaticArchive.Import.Sources;

namespace StaticArchive.Import.Documents;

/// <summary>Builds a 政府信息公开指南: its text as printed, numbered headings as headings, and which of a guide's
/// standard sections (主动公开, 依申请公开, 监督方式及程序) it has, found by their numbered headings even where page
/// text runs a heading into its first sentence.</summary>
internal static partial class GuideBuilder
{
    private static readonly (string Name, Regex Pattern)[] Sections =
    [
        ("主动公开", Active()),
        ("依申请公开", OnRequest()),
        ("监督方式及程序", Supervision()),
    ];

    public static DocumentDraft Build(SourceDocument source, DocumentFacts facts)
    {
        var draft = new DocumentDraft { Facts = facts, Slug = "guide" };
        FreeFormBuilder.Fill(draft, source, null);
        draft.SectionsFound.Clear();
        var text = LabelText.Normalize(string.Concat(source.Blocks.OfType<ParagraphBlock>().Select(p => p.Text)));
        foreach (var (name, pattern) in Sections)
        {
            (pattern.IsMatch(text) ? draft.SectionsFound : draft.SectionsMissing).Add(name);
        }

        return draft;
    }

    [GeneratedRegex(@"[一二三四五六]、主动公开", RegexOptions.CultureInvariant)]
    private static partial Regex Active();

    [GeneratedRegex(@"[一二三四五六]、依申请公开", RegexOptions.CultureInvariant)]
    private static partial Regex OnRequest();

    [GeneratedRegex(@"[一二三四五六]、[^。]{0,8}?(监督|救济)", RegexOptions.CultureInvariant)]
    private static partial Regex Supervision();
}

using StaticArchive.Import.Labels;
using StaticArchive.Import.Sources;

namespace StaticArchive.Import.Documents;

/// <summary>
/// Splits a report's body at the six standard headings, in order. A heading that runs into its section's first
/// sentence (page text flattened to one line) is cut off it; a paragraph repeating the title is dropped.
/// </summary>
internal static class SectionSplitter
{
    /// <summary>The blocks before the first heading, then each section's printed heading and blocks (null when not found).</summary>
    public static (List<SourceBlock> Preamble, (string Printed, List<SourceBlock> Blocks)?[] Sections) Split(IReadOnlyList<SourceBlock> blocks, string? title)
    {
        var preamble = new List<SourceBlock>();
        var sections = new (string, List<SourceBlock>)?[6];
        var current = preamble;
        var next = 0;
        var normalTitle = title is null ? null : LabelText.Normalize(title);
        foreach (var block in blocks)
        {
            if (block is ParagraphBlock paragraph)
            {
                if (normalTitle is not null && LabelText.Normalize(paragraph.Text) == normalTitle)
                {
                    continue;
                }

                var text = paragraph.Text;
                while (ReportSections.Find(text, next) is { } heading)
                {
                    if (text[..heading.Start].Trim() is { Length: > 0 } before)
                    {
                        current.Add(new ParagraphBlock(before));
                    }

                    var blocksOfSection = new List<SourceBlock>();
                    sections[heading.Section] = (text[heading.Start..heading.End].Trim(), blocksOfSection);
                    current = blocksOfSection;
                    next = heading.Section + 1;
                    text = text[heading.End..].Trim();
                }

                if (text.Length > 0)
                {
                    current.Add(new ParagraphBlock(text));
                }

                continue;
            }

            current.Add(block);
        }

        return (preamble, sections);
    }
}

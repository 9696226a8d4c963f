using System.Text;
using StaticArchive.Import.Documents;
using StaticArchive.Import.Sources;

namespace StaticArchive.Import.Writing;

/// <summary>
/// Writes a document's Markdown file: front matter with the title, type, date (only when the source states it),
/// provenance <c>source: {url, format, note}</c> and the fingerprint comment, then the body.
/// </summary>
internal static class FrontMatterWriter
{
    public static string Write(DocumentDraft draft, SourceDocument source, string? sourceNote)
    {
        var facts = draft.Facts;
        var text = new StringBuilder("---\n");
        text.Append("title: ").Append(YamlScalars.QuoteOrNull(facts.Title)).Append('\n');
        text.Append("type: ").Append(facts.Kind).Append('\n');
        if (facts.Published is { } date)
        {
            text.Append("date: ").Append(YamlScalars.Date(date)).Append('\n');
        }
        else
        {
            text.Append("# date: 来源未载明发布日期，请核实后填写，不要按推测填写。\n");
        }

        text.Append("# ").Append(Provenance.Line(source, facts)).Append('\n');
        var parts = new List<string>();
        if (facts.Url is { } url)
        {
            parts.Add($"url: {YamlScalars.Quote(url)}");
        }

        parts.Add($"format: {source.Format}");
        if (sourceNote is not null)
        {
            parts.Add($"note: {YamlScalars.Quote(sourceNote)}");
        }

        text.Append("source: {").Append(string.Join(", ", parts)).Append("}\n");
        if (source.Metadata.IndexNo is { } index)
        {
            text.Append("index_no: ").Append(YamlScalars.Quote(index)).Append('\n');
        }

        if (source.Metadata.DocNo is { } docNo)
        {
            text.Append("doc_no: ").Append(YamlScalars.Quote(docNo)).Append('\n');
        }

        foreach (var (key, value) in draft.Fields)
        {
            text.Append(key).Append(": ").Append(value).Append('\n');
        }

        text.Append("---\n\n");
        text.Append(string.Join("\n\n", draft.Body)).Append('\n');
        return text.ToString();
    }
}

using StaticArchive.Import.Recognition;
using StaticArchive.Import.Reporting;

namespace StaticArchive.Import.Documents;

/// <summary>A document ready to be written: its front matter, Markdown body and data file, and its report.</summary>
internal sealed class DocumentDraft
{
    public required DocumentFacts Facts { get; init; }

    /// <summary>The slug to use when it is free, e.g. <c>annual-report</c> or <c>npc-1040</c>.</summary>
    public required string Slug { get; set; }

    /// <summary>A folder under the year, e.g. <c>proposals</c>; null for the year folder itself.</summary>
    public string? SubFolder { get; init; }

    /// <summary>Front-matter fields after title/type/date/source, as key and YAML value.</summary>
    public List<(string Key, string Yaml)> Fields { get; } = [];

    /// <summary>The Markdown body's blocks.</summary>
    public List<string> Body { get; } = [];

    /// <summary>The data file's text, if the document has tables.</summary>
    public string? DataFile { get; set; }

    public string? FormatVersion { get; set; }

    public List<TableReport> Tables { get; } = [];

    public List<string> RulesChecked { get; } = [];

    public List<string> RulesBroken { get; } = [];

    public List<string> SectionsFound { get; } = [];

    public List<string> SectionsMissing { get; } = [];

    public List<string> NotStated { get; } = [];

    public List<Finding> Findings { get; } = [];
}

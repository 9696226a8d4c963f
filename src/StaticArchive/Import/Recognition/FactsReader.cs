using System.Globalization;
using System.Text.RegularExpressions;
using StaticArchive.Import.Labels;
using StaticArchive.Import.Sources;

namespace StaticArchive.Import.Recognition;

/// <summary>
/// Reads a document's kind, title, agency, year, publication date and source address from what the source
/// states: the page's metadata and title, and the body's first words. A fact it does not state stays null.
/// </summary>
internal static partial class FactsReader
{
    /// <summary>The facts of a source document.</summary>
    public static DocumentFacts Read(SourceDocument source, string? forcedKind)
    {
        ArgumentNullException.ThrowIfNull(source);
        var title = source.Metadata.Title is { } t ? Tidy(t) : null;
        var (kind, reason) = forcedKind is not null ? (forcedKind, "按 --type 指定") : Kind(source, title ?? "");
        var published = Date(source.Metadata.Published);
        int? year = null;
        string? yearReason = null;
        if (kind == "annual-report" && title is not null && TitleYear().Match(title) is { Success: true } m)
        {
            year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            yearReason = "标题中的年度";
        }
        else if (published is { } date)
        {
            year = date.Year;
            yearReason = "发布日期的年份";
        }
        else if (title is not null && TitleYear().Match(title) is { Success: true } m2)
        {
            year = int.Parse(m2.Groups["y"].Value, CultureInfo.InvariantCulture);
            yearReason = "标题中的年份";
        }

        return new DocumentFacts
        {
            Kind = kind,
            KindReason = reason,
            Title = title,
            AgencyName = title is null ? null : Agency(title, kind),
            Year = year,
            YearReason = yearReason,
            Published = published,
            Url = source.Metadata.Url,
        };
    }

    private static (string Kind, string Reason) Kind(SourceDocument source, string title)
    {
        var normal = LabelText.Normalize(title);
        if (normal.Contains("年度报告", StringComparison.Ordinal) || normal.Contains("工作年报", StringComparison.Ordinal))
        {
            return ("annual-report", "标题含“年度报告”");
        }

        if (normal.Contains("信息公开指南", StringComparison.Ordinal))
        {
            return ("guide", "标题含“信息公开指南”");
        }

        var body = LabelText.Normalize(string.Concat(source.Blocks.OfType<ParagraphBlock>().Take(8).Select(p => p.Text)));
        var column = LabelText.Normalize(source.Metadata.Column ?? "");
        var about = ProposalWord().IsMatch(normal) || ProposalWord().IsMatch(column);
        if (about && (ProposalLabels().IsMatch(body) || ReplyTitle().IsMatch(normal) || column.Contains("议案", StringComparison.Ordinal) || column.Contains("提案", StringComparison.Ordinal)))
        {
            return ("proposal", "标题或栏目为建议、提案及其办理答复");
        }

        return ("document", "不是年度报告、指南或建议提案办理，按其他文件导入");
    }

    private static string? Agency(string title, string kind)
    {
        var match = kind == "annual-report" ? TitleYear().Match(title) : About().Match(title);
        if (!match.Success || match.Index == 0)
        {
            return null;
        }

        var name = title[..match.Index].Trim();
        return name.Length is >= 2 and <= 40 ? name : null;
    }

    private static DateOnly? Date(string? text) =>
        text is not null && IsoDate().Match(text) is { Success: true } m
        && DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string Tidy(string title) => title.Trim();

    [GeneratedRegex(@"(?<y>(19|20)\d{2})\s*年", RegexOptions.CultureInvariant)]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"关于", RegexOptions.CultureInvariant)]
    private static partial Regex About();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"建议|提案|议案", RegexOptions.CultureInvariant)]
    private static partial Regex ProposalWord();

    [GeneratedRegex(@"事由：|案由：|提案人：|承办单位：|主办单位：", RegexOptions.CultureInvariant)]
    private static partial Regex ProposalLabels();

    [GeneratedRegex(@"(建议|提案)(的)?答复|答复的函", RegexOptions.CultureInvariant)]
    private static partial Regex ReplyTitle();
}

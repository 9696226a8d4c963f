using System.Globalization;
using StaticArchive.Checks;
using StaticArchive.Core;
using StaticArchive.Drafts;
using StaticArchive.IO;
using StaticArchive.Yaml;

namespace StaticArchive.Content;

/// <summary>
/// Reads a document's front matter into a <see cref="Document"/>. Agency and year come from the path
/// <c>&lt;agency&gt;/&lt;year&gt;/**/&lt;slug&gt;.md</c>; front matter may repeat them but must agree.
/// </summary>
internal static class DocumentLoader
{
    private static readonly string[] Known =
    [
        "title", "type", "date", "summary", "tags", "index_no", "doc_no", "attachments", "agency", "year",
        "published_inconsistencies", "kind", "session", "number", "proposer", "proposers", "handling_units",
        "result", "result_label", "reply_date", "satisfaction", "subject", "source", "date_inferred", "sample", "draft",
    ];

    /// <summary>A loaded document with its Markdown body.</summary>
    public sealed record Loaded(Document Document, string Body);

    /// <summary>Reads and checks one document. Returns null when it cannot be published.</summary>
    public static Loaded? Load(IFileSystem files, ContentPaths paths, Agency agency, int year, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(agency);
        var display = paths.Display(path);
        var text = SourceText.Decode(files.ReadAllBytes(path), display, diagnostics);
        if (text is null)
        {
            return null;
        }

        EditorChecks.Placeholders(text, display, diagnostics);
        var split = FrontMatter.Split(text);
        if (split.Yaml is null || split.Unclosed)
        {
            diagnostics.Error(
                DiagnosticCodes.NoFrontMatter, display, split.Unclosed ? 1 : 1, 1,
                split.Unclosed ? "front matter 以 --- 开始，但没有结束的 --- 行。" : "文件开头没有 front matter（---  之间的标题、类型、日期）。",
                "文件第一行写 ---，接着写 `title:`、`type:`、`date:` 各一行，再写一行 --- 后开始正文。");
            return null;
        }

        var source = new YamlSource(display, diagnostics, firstLine: 2);
        var node = YamlReader.ReadMapping(split.Yaml, source);
        if (node is null)
        {
            return null;
        }

        var map = new YamlMap(node, source);
        map.WarnUnknownKeys(Known);
        var title = map.String("title", required: true, hint: "加一行 `title: 文件标题`。");
        var type = map.String("type", required: true, hint: "加一行 `type: annual-report`（或 guide、proposal、document）。");
        var date = map.Date("date");
        var inferred = map.Bool("date_inferred") == true;
        if (inferred && date is null && !map.Has("date"))
        {
            diagnostics.Warning(
                DiagnosticCodes.MissingField, display, map.LineOf("date_inferred"), 1,
                "写了 `date_inferred: true`，却没有 `date:`，没有可以标为推定的日期。",
                "原文没有载明日期、也无从推定时，删掉 `date_inferred:` 这一行，页面会写“原文未载明”。");
        }

        if (type is not null && !DocumentTypes.IsKnown(type))
        {
            var nearest = Suggestion.Nearest(type, DocumentTypes.All);
            diagnostics.Error(
                DiagnosticCodes.UnknownType, display, map.LineOf("type"), 1,
                $"未知的文件类型“{type}”。",
                (nearest is null ? "" : $"是不是想写 `{nearest}`？") + "可用的类型：annual-report（年度报告）、guide（公开指南）、proposal（建议提案办理）、document（其他文件）。");
            type = null;
        }

        CheckRepeatsPath(map, agency, year, display, diagnostics);
        var slug = Path.GetFileNameWithoutExtension(path);
        var directory = path[..path.LastIndexOf('/')];
        var dataPath = directory + "/" + slug + ".yml";
        var proposal = type == DocumentTypes.Proposal ? ProposalReader.Read(map, split.Body) : null;
        var attachments = AttachmentReader.Read(files, paths, map, directory, display, diagnostics);
        var acknowledged = map.String("published_inconsistencies") == "acknowledged";
        var origin = SourceInfo.Read(map);
        var sample = map.Bool("sample") == true;
        var draft = DraftRule.FromText(text, map.Bool("draft") == true ? map.LineOf("draft") : null, agency.Draft);
        if (sample && !agency.Sample)
        {
            diagnostics.Error(
                DiagnosticCodes.SampleUnderRealAgency, display, map.LineOf("sample"), 1,
                $"示例文档（sample: true）不能放在真实机关“{agency.Name}”下：真实机关只收录真实文件。",
                "把这篇文档移到一个虚构的示例机关的文件夹（其 _agency.yml 写 `sample: true`，名称如“示例区示例局”）；它若是真实文件，删掉 `sample: true` 并写明 `source:`。");
        }

        if (title is null || type is null || (date is null && map.Has("date")))
        {
            return null;
        }

        if (proposal is not null)
        {
            EditorChecks.ProposalFields(proposal, text, display, diagnostics);
        }

        var document = new Document
        {
            AgencySlug = agency.Slug,
            Year = year,
            Slug = slug,
            Url = $"{agency.Slug}/{year.ToString(CultureInfo.InvariantCulture)}/{slug}/",
            SourcePath = path,
            DisplayPath = display,
            Title = title,
            Type = type,
            Date = date,
            DateInferred = inferred && date is not null,
            Source = origin,
            Sample = sample || agency.Sample,
            Draft = draft.IsDraft ? draft : null,
            Summary = map.String("summary"),
            Tags = map.StringList("tags"),
            IndexNo = map.String("index_no"),
            DocNo = map.String("doc_no"),
            Attachments = attachments,
            Proposal = proposal,
            DataFilePath = files.FileExists(dataPath) ? dataPath : null,
            InconsistenciesAcknowledged = acknowledged,
            BodyFirstLine = split.BodyFirstLine,
        };
        return new Loaded(document, split.Body);
    }

    private static void CheckRepeatsPath(YamlMap map, Agency agency, int year, string display, DiagnosticBag diagnostics)
    {
        var statedAgency = map.String("agency");
        if (statedAgency is not null && statedAgency != agency.Slug && statedAgency != agency.Name)
        {
            diagnostics.Error(
                DiagnosticCodes.PathMismatch, display, map.LineOf("agency"), 1,
                $"front matter 写的机关“{statedAgency}”与文件所在的机关文件夹“{agency.Slug}”（{agency.Name}）不一致。",
                "机关由文件夹决定：删掉 `agency:` 这一行，或把文件移到正确机关的文件夹。");
        }

        var statedYear = map.Int("year");
        if (statedYear is not null && statedYear != year)
        {
            diagnostics.Error(
                DiagnosticCodes.PathMismatch, display, map.LineOf("year"), 1,
                $"front matter 写的年份 {statedYear} 与文件所在的年份文件夹 {year} 不一致。",
                "年份由文件夹决定：删掉 `year:` 这一行，或把文件移到正确年份的文件夹。");
        }
    }
}

using System.Text;
using StaticArchive.Import.Documents;
using StaticArchive.Import.Recognition;
using StaticArchive.Import.Reporting;
using StaticArchive.Import.Sources;
using StaticArchive.Import.Writing;

namespace StaticArchive.Import;

/// <summary>
/// Imports published documents into the archive: reads each input, recognises what it is, writes
/// <c>content/&lt;agency&gt;/&lt;year&gt;/&lt;slug&gt;.md</c> (and a report's data file), and reports to the editor what it
/// found and what it could not. Writes nothing on a dry run; never replaces a file without force.
/// </summary>
public static class Importer
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Runs an import; <paramref name="progress"/> hears (done, total, current file) before each file.</summary>
    public static ImportReport Run(ImportRequest request, IProgress<(int Done, int Total, string File)>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (files, missing) = ImportInputs.Expand(request.Inputs);
        var reports = missing.Select(m => Failed(m, "", $"找不到文件或文件夹“{m}”。")).ToList();
        var targets = new ContentTargets(request.ContentDirectory, request.Agency);
        var agencyNames = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            progress?.Report((i, files.Count, files[i]));
            reports.Add(ImportOne(files[i], request, targets, agencyNames));
        }

        progress?.Report((files.Count, files.Count, ""));
        if (files.Count == 0 && missing.Count == 0)
        {
            reports.Add(Failed(string.Join(" ", request.Inputs), "", "没有可导入的文件（.html、.htm、.txt、.pdf、.docx）。"));
        }

        AgencyFile.Ensure(request, agencyNames, reports);
        return new ImportReport(reports, request.DryRun);
    }

    private static DocumentReport ImportOne(string file, ImportRequest request, ContentTargets targets, List<string> agencyNames)
    {
        SourceDocument source;
        try
        {
            source = SourceReader.Read(file);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return Failed(file, ImportInputs.FormatOf(file) ?? "", ex.Message);
        }

        var facts = FactsReader.Read(source, request.Type);
        var draft = DraftBuilder.Build(source, facts);
        var year = request.Year ?? facts.Year;
        if (year is null)
        {
            draft.Findings.Add(new Finding(FindingLevel.Error, "来源没有载明年份（标题中的年度或发布日期）：请用 --year 指定。"));
        }
        else if (request.Year is { } forced && facts.Year is { } stated && forced != stated)
        {
            draft.Findings.Add(new Finding(FindingLevel.Review, $"按 --year 放入 {forced} 年，而来源所载为 {stated} 年（{facts.YearReason}）。"));
        }

        var note = PublisherNote(source, facts);
        if (note is not null)
        {
            draft.Findings.Add(new Finding(FindingLevel.Review, note));
        }

        if (draft.Findings.Any(f => f.Level == FindingLevel.Error) || year is null)
        {
            return Report(file, source, draft, "failed", []);
        }

        var previous = targets.Previous(source.ContentHash, facts.Url);
        if (previous is not null && !request.Force)
        {
            draft.Findings.Add(new Finding(FindingLevel.Info, $"同一来源已经导入过：{Relative(request, previous)}（加 --force 可重新导入并覆盖）。"));
            return Report(file, source, draft, "already-imported", [Relative(request, previous)]);
        }

        if (facts.AgencyName is { } agencyName)
        {
            agencyNames.Add(agencyName);
        }

        var sourceName = Path.GetFileNameWithoutExtension(file) is "page" or "source" ? Path.GetFileName(Path.GetDirectoryName(file))! : Path.GetFileNameWithoutExtension(file);
        var markdownPath = targets.Choose(draft, year.Value, sourceName, request.Force, previous);
        var markdown = FrontMatterWriter.Write(draft, source, note);
        var outputs = new List<string> { Relative(request, markdownPath) };
        var dataPath = Path.ChangeExtension(markdownPath, ".yml");
        if (draft.DataFile is not null)
        {
            outputs.Add(Relative(request, dataPath));
        }

        if (!request.DryRun)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(markdownPath)!);
            File.WriteAllText(markdownPath, markdown, Utf8);
            if (draft.DataFile is not null)
            {
                File.WriteAllText(dataPath, draft.DataFile, Utf8);
            }
        }

        targets.Remember(source.ContentHash, facts.Url, markdownPath);
        if (facts.Published is null)
        {
            draft.Findings.Add(new Finding(FindingLevel.Info, "来源未载明发布日期：front matter 没有写 date（不按《条例》期限推测），页面显示“原文未载明”；查到原文发布日期后可补上。"));
        }

        return Report(file, source, draft, request.DryRun ? "would-import" : "imported", outputs);
    }

    // A page that names another body as its publisher than the document's own heading does: keep both, say so.
    private static string? PublisherNote(SourceDocument source, DocumentFacts facts) =>
        source.Metadata.Publisher is { } publisher && facts.AgencyName is { } agency
        && !agency.Contains(publisher, StringComparison.Ordinal) && !publisher.Contains(agency, StringComparison.Ordinal)
            ? $"网页所列发布机构为“{publisher}”，与正文标题中的机关“{agency}”不同。"
            : null;

    private static string Relative(ImportRequest request, string path) =>
        Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(request.ContentDirectory))!, path).Replace('\\', '/');

    private static DocumentReport Report(string file, SourceDocument source, DocumentDraft draft, string outcome, IReadOnlyList<string> outputs) => new()
    {
        Input = file,
        Format = source.Format,
        Outcome = outcome,
        Kind = draft.Facts.Kind,
        FormatVersion = draft.FormatVersion,
        Title = draft.Facts.Title,
        AgencyName = draft.Facts.AgencyName,
        Outputs = outputs,
        Tables = draft.Tables,
        RulesChecked = draft.RulesChecked,
        RulesBroken = draft.RulesBroken,
        SectionsFound = draft.SectionsFound,
        SectionsMissing = draft.SectionsMissing,
        NotStated = draft.NotStated,
        Findings = draft.Findings,
    };

    private static DocumentReport Failed(string input, string format, string message) => new()
    {
        Input = input,
        Format = format,
        Outcome = "failed",
        Findings = [new Finding(FindingLevel.Error, message)],
    };
}

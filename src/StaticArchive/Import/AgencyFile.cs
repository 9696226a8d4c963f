using StaticArchive.Import.Reporting;

namespace StaticArchive.Import;

/// <summary>
/// The agency's <c>_agency.yml</c>: written when missing and every imported document names the same agency
/// (its name as printed); otherwise the editor is told what to do, since the name must not be guessed.
/// </summary>
internal static class AgencyFile
{
    public static void Ensure(ImportRequest request, List<string> names, List<DocumentReport> reports)
    {
        var path = Path.Combine(request.ContentDirectory, request.Agency, "_agency.yml");
        if (reports.All(r => r.Outcome is not ("imported" or "would-import")))
        {
            return;
        }

        if (File.Exists(path))
        {
            NoteOtherAgencies(path, request, reports);
            return;
        }

        var distinct = names.Distinct(StringComparer.Ordinal).ToList();
        var first = reports.First(r => r.Outcome is "imported" or "would-import");
        var index = reports.IndexOf(first);
        if (distinct.Count == 1)
        {
            if (!request.DryRun)
            {
                File.WriteAllText(path, $"name: {Writing.YamlScalars.Quote(distinct[0])}\n");
            }

            reports[index] = first with
            {
                Outputs = [.. first.Outputs, $"{Path.GetFileName(request.ContentDirectory.TrimEnd('/', '\\'))}/{request.Agency}/_agency.yml"],
                Findings = [.. first.Findings, new Finding(FindingLevel.Info, $"新建机关文件 _agency.yml，机关名称取自原文：{distinct[0]}。")],
            };
            return;
        }

        var message = distinct.Count == 0
            ? $"机关文件 {request.Agency}/_agency.yml 不存在，来源也没有载明机关名称：请新建该文件并写上 name: 机关全称。"
            : $"机关文件 {request.Agency}/_agency.yml 不存在，而导入的文件出自不同机关（{string.Join("、", distinct)}）：请按机关分别导入（--agency），或手工新建该文件。";
        reports[index] = first with { Findings = [.. first.Findings, new Finding(FindingLevel.Review, message)] };
    }

    // A document whose title names another agency than the folder's _agency.yml may be in the wrong folder.
    private static void NoteOtherAgencies(string path, ImportRequest request, List<DocumentReport> reports)
    {
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("name:", StringComparison.Ordinal));
        var name = line?["name:".Length..].Trim().Trim('"', '\'');
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        for (var i = 0; i < reports.Count; i++)
        {
            var report = reports[i];
            if (report.Outcome is "imported" or "would-import" && report.Kind == "annual-report" && report.AgencyName is { } stated
                && stated != name && !stated.EndsWith(name, StringComparison.Ordinal))
            {
                reports[i] = report with
                {
                    Findings = [.. report.Findings, new Finding(FindingLevel.Review, $"报告标题中的机关是“{stated}”，而 {request.Agency}/_agency.yml 写的是“{name}”：请确认放在了正确的机关文件夹。")],
                };
            }
        }
    }
}

using System.Diagnostics;
using System.Globalization;

namespace StaticArchive.History;

/// <summary>
/// Reads the revision history of every file under the content folder with one <c>git log</c> for the whole
/// folder, parsed once (not a process per file). Outside a repository, without git, or in a shallow clone
/// (whose oldest commit would wrongly look like every file's creation) it returns no history.
/// </summary>
internal static class GitHistory
{
    private const char RecordSeparator = '\u001e';
    private const char UnitSeparator = '\u001f';
    private const char MessageEnd = '\u001d'; // the message body may hold blank lines; the file names follow this

    /// <summary>Loads the history, or <see cref="DocumentHistory.None"/> when there is none to be had.</summary>
    public static DocumentHistory Load(string contentFolder)
    {
        ArgumentNullException.ThrowIfNull(contentFolder);
        if (!Directory.Exists(contentFolder))
        {
            return DocumentHistory.None;
        }

        // One process for both questions, since starting git is a large share of an unchanged rebuild.
        var answers = Git(contentFolder, "rev-parse", "--show-toplevel", "--is-shallow-repository")?.Split('\n', StringSplitOptions.TrimEntries);
        if (answers is not [{ Length: > 0 } top, "false", ..])
        {
            return DocumentHistory.None;
        }

        var log = Git(contentFolder, "-c", "core.quotepath=off", "log", "--no-renames", "--format=%x1e%cs%x1f%s%x1f%b%x1d", "--name-only", "--", ".");
        return log is null ? DocumentHistory.None : new DocumentHistory(Parse(log, top));
    }

    /// <summary>
    /// Starts <see cref="Load"/> on another thread and returns at once: the history is waited for only when it is
    /// first asked, so the git processes run beside the work that does not need them.
    /// </summary>
    public static IDocumentHistory LoadInBackground(string contentFolder)
    {
        ArgumentNullException.ThrowIfNull(contentFolder);
        return new PendingHistory(Task.Run(() => Load(contentFolder)));
    }

    /// <summary>Parses <c>git log --format=%x1e%cs%x1f%s%x1f%b%x1d --name-only</c> output; paths are relative to <paramref name="root"/>.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Revision>> Parse(string log, string root)
    {
        ArgumentNullException.ThrowIfNull(log);
        ArgumentNullException.ThrowIfNull(root);
        var result = new Dictionary<string, List<Revision>>(StringComparer.Ordinal);
        foreach (var record in log.Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var end = record.IndexOf(MessageEnd, StringComparison.Ordinal);
            var header = (end < 0 ? record : record[..end]).Split(UnitSeparator, 3);
            if (header.Length < 2 || !DateOnly.TryParseExact(header[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                continue;
            }

            var revision = new Revision(date, header[1].Trim(), header.Length == 3 ? ChangeNote.From(header[2]) : null);
            foreach (var name in (end < 0 ? "" : record[(end + 1)..]).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
            {
                var key = DocumentHistory.Normalize(Path.GetFullPath(Path.Combine(root, name)));
                if (!result.TryGetValue(key, out var list))
                {
                    result[key] = list = [];
                }

                list.Add(revision); // git log is newest first already
            }
        }

        return result.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Revision>)kv.Value, StringComparer.Ordinal);
    }

    private static string? Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return null;
            }

            var errors = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            _ = errors.Result;
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed: no history, not a failure
        }
    }
}

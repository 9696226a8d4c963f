using System.Globalization;
using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.IO;

namespace StaticArchive.Safety;

/// <summary>
/// Names below content/ that a Windows checkout cannot hold: device names (con, prn, aux, nul, com1–com9, lpt1–lpt9,
/// with any extension, in any case), names ending in a dot or a space, names with <c>&lt;&gt;:"|?*\</c> or a control
/// character, and names in one folder that differ only in case (one would overwrite the other). Each is an error
/// naming the entry and a name to use instead, so the archive checks out on every editor's machine.
/// </summary>
internal static class WindowsNames
{
    private const string Forbidden = "<>:\"|?*\\";

    private static readonly HashSet<string> Devices = new(
        ["con", "prn", "aux", "nul", .. Enumerable.Range(1, 9).SelectMany(i => (string[])[$"com{i}", $"lpt{i}"])],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Reports every file and folder of the walked content folder whose name Windows refuses.</summary>
    public static void Report(InputTree tree, ContentPaths paths, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var entries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in tree.Files.Concat(tree.Refused.Select(r => r.Path)))
        {
            for (var entry = path; entry.Length > tree.Root.Length && entries.Add(entry); entry = entry[..entry.LastIndexOf('/')])
            {
            }
        }

        foreach (var entry in entries)
        {
            Check(entry, paths, diagnostics);
        }

        foreach (var clash in entries.GroupBy(e => e[..e.LastIndexOf('/')] + "/" + Name(e).ToUpperInvariant(), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var names = clash.Select(paths.Display).ToList();
            diagnostics.Error(
                DiagnosticCodes.CaseCollision, names[0], 0, 0,
                $"“{string.Join("”和“", names)}”只有大小写不同：Windows 和 macOS 把它们当成同一个名字，检出仓库时一个会覆盖另一个。",
                $"把其中一个改名，名字统一用小写，例如 `{Name(names[^1]).ToLowerInvariant()}` 只留一个，另一个换个名字。");
        }
    }

    private static void Check(string entry, ContentPaths paths, DiagnosticBag diagnostics)
    {
        var name = Name(entry);
        var display = paths.Display(entry);
        var stem = name.Split('.')[0].TrimEnd(' ');
        if (Devices.Contains(stem))
        {
            diagnostics.Error(
                DiagnosticCodes.WindowsName, display, 0, 0,
                $"“{name}”在 Windows 上是保留的设备名 {stem.ToUpperInvariant()}（带不带扩展名、大小写都一样），编辑在 Windows 电脑上检出这个仓库会出错。",
                $"改个名字，例如 `{stem.ToLowerInvariant()}-file{name[stem.Length..].TrimStart(' ')}`；con、prn、aux、nul、com1–com9、lpt1–lpt9 都不能用作名字。");
        }

        if (name.IndexOfAny([.. Forbidden]) >= 0 || name.Any(char.IsControl))
        {
            var bad = string.Concat(name.Where(c => Forbidden.Contains(c) || char.IsControl(c)).Distinct().Select(c => char.IsControl(c) ? "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString()));
            diagnostics.Error(
                DiagnosticCodes.WindowsName, display, 0, 0,
                $"“{LinkScheme.Shown(name)}”含有 Windows 不允许出现在名字里的字符 {bad}，编辑在 Windows 电脑上检出这个仓库会出错。",
                $"改个名字，例如 `{new string([.. name.Select(c => Forbidden.Contains(c) || char.IsControl(c) ? '-' : c)])}`；名字里不要用 < > : \" | ? * \\。");
        }

        if (name.EndsWith('.') || name.EndsWith(' '))
        {
            diagnostics.Error(
                DiagnosticCodes.WindowsName, display, 0, 0,
                $"“{name}”以{(name.EndsWith('.') ? "点" : "空格")}结尾：Windows 会悄悄去掉它，检出后名字变了，链接和附件就找不到了。",
                $"改成 `{name.TrimEnd('.', ' ')}`。");
        }
    }

    private static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];
}

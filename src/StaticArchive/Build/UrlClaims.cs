using System.Collections.Concurrent;
using StaticArchive.Content;
using StaticArchive.Core;

namespace StaticArchive.Build;

/// <summary>
/// Which document owns each page URL while documents are transformed in parallel; the others that wanted the
/// same URL are reported once all are seen, in path order, whichever thread came first.
/// </summary>
internal sealed class UrlClaims
{
    // One string per URL, plus a list of the rare losers, since a collection per URL would almost always hold one.
    private readonly ConcurrentDictionary<string, string> _owners = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<(string Url, string Path)> _losers = [];

    /// <summary>True when the document is the first to claim its URL (thread-safe).</summary>
    public bool Claim(Document document)
    {
        if (_owners.TryAdd(document.Url, document.DisplayPath))
        {
            return true;
        }

        _losers.Add((document.Url, document.DisplayPath));
        return false;
    }

    /// <summary>Reports every URL claimed more than once: each path but the first in ordinal order is an error.</summary>
    public void Report(DiagnosticBag diagnostics)
    {
        foreach (var group in _losers.GroupBy(l => l.Url, StringComparer.Ordinal))
        {
            var sorted = group.Select(l => l.Path).Append(_owners[group.Key]).Order(StringComparer.Ordinal).ToList();
            foreach (var path in sorted.Skip(1))
            {
                diagnostics.Error(
                    DiagnosticCodes.DuplicateUrl, path, 1, 1,
                    $"与 {sorted[0]} 的网址相同（/{group.Key}）：同一机关同一年份里文件名不能重复，子文件夹不算。",
                    "给其中一个文件改名，例如加上编号 `npc-19-2.md`。");
            }
        }
    }
}

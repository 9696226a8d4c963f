namespace StaticArchive.Tables.Data;

/// <summary>Finds the known key nearest to a misspelt one, so a hint can say "did you mean …?".</summary>
internal static class KeySuggestion
{
    /// <summary>The nearest candidate by edit distance, or null when none is reasonably close.</summary>
    public static string? Nearest(string key, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var d = Content.Nearest.Distance(key, candidate);
            if (d < bestDistance)
            {
                (best, bestDistance) = (candidate, d);
            }
        }

        // Beyond half the word the "suggestion" is a guess that would mislead more than help.
        return best is not null && bestDistance <= Math.Max(2, best.Length / 2) ? best : null;
    }

    /// <summary>A hint listing the nearest key, or all keys when nothing is close.</summary>
    public static string Hint(string key, IReadOnlyCollection<string> candidates)
    {
        var nearest = Nearest(key, candidates);
        return nearest is not null
            ? $"是否应为“{nearest}”？请检查拼写。"
            : $"可用的键：{string.Join("、", candidates)}。";
    }
}

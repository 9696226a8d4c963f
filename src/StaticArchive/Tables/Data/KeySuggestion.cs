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
            var d = Distance(key, candidate);
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

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

namespace StaticArchive.Yaml;

/// <summary>
/// The one "did you mean" rule: the known name nearest to a misspelt one, by edits where swapping two
/// neighbouring letters counts as one, close enough only within a third of the longer name (at least one edit).
/// </summary>
internal static class Suggestion
{
    /// <summary>The nearest candidate within the rule's distance, or null; ties go to the ordinally first.</summary>
    public static string? Nearest(string name, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(candidates);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var distance = Distance(name, candidate);
            if (distance < bestDistance && distance <= Math.Max(1, Math.Max(name.Length, candidate.Length) / 3))
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best;
    }

    /// <summary>
    /// The hint for an unknown name: the nearest known one, or every known one when nothing is close.
    /// <paramref name="noun"/> names what they are (字段, 表名…).
    /// </summary>
    public static string Hint(string name, IReadOnlyCollection<string> candidates, string noun)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        return Nearest(name, candidates) is { } nearest
            ? $"是不是想写 `{nearest}`？"
            : candidates.Count == 0 ? $"这里没有可用的{noun}。" : $"可用的{noun}：{string.Join("、", candidates)}。";
    }

    /// <summary>The edit distance (insert, delete, replace, swap of two neighbours) between two names.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        // Three rows: the swap of two neighbours looks two rows back.
        var beforePrevious = new int[b.Length + 1];
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
                var best = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, beforePrevious[j - 2] + 1);
                }

                current[j] = best;
            }

            (beforePrevious, previous, current) = (previous, current, beforePrevious);
        }

        return previous[b.Length];
    }
}

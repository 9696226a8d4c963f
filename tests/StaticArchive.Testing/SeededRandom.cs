namespace StaticArchive.Testing;

/// <summary>
/// SplitMix64 with its own logarithm: the same seed gives the same numbers on every runtime and processor, which
/// neither <see cref="Random"/> nor <see cref="Math.Log(double)"/> promises.
/// </summary>
internal sealed class SeededRandom(int seed, int stream = 0)
{
    private const double Ln2 = 0.6931471805599453;
    private ulong _state = unchecked(((ulong)seed * 0x2545F4914F6CDD1DUL) ^ ((ulong)stream * 0x9E3779B97F4A7C15UL));

    /// <summary>A number in [0, 1).</summary>
    public double NextDouble() => (Next64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A number in [0, count).</summary>
    public int Below(int count) => (int)(NextDouble() * count);

    /// <summary>A number in [low, high], both included.</summary>
    public int Between(int low, int high) => low + Below(high - low + 1);

    /// <summary>True with the given probability.</summary>
    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>One of the items.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>One of the items, each as likely as its weight.</summary>
    public T Weighted<T>(IReadOnlyList<(T Value, double Weight)> items)
    {
        var x = NextDouble() * items.Sum(i => i.Weight);
        foreach (var (value, weight) in items)
        {
            x -= weight;
            if (x < 0)
            {
                return value;
            }
        }

        return items[^1].Value;
    }

    /// <summary>An index into running totals of weights, each as likely as its weight.</summary>
    public int Cumulative(double[] totals)
    {
        var index = Array.BinarySearch(totals, NextDouble() * totals[^1]);
        return Math.Min(index < 0 ? ~index : index + 1, totals.Length - 1);
    }

    /// <summary><paramref name="count"/> different items in random order.</summary>
    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var copy = items.ToList();
        for (var i = 0; i < count; i++)
        {
            var j = i + Below(copy.Count - i);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy.GetRange(0, count);
    }

    /// <summary>Exponentially distributed with the given mean.</summary>
    public double Exponential(double mean) => -Ln(1 - NextDouble()) * mean;

    private ulong Next64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    // Only +, −, × and ÷, which IEEE 754 rounds the same everywhere.
    private static double Ln(double x)
    {
        var exponent = 0;
        while (x < 0.5)
        {
            x *= 2;
            exponent--;
        }

        var s = (x - 1) / (x + 1);
        var s2 = s * s;
        var term = s;
        var sum = 0.0;
        for (var k = 1; k < 40; k += 2)
        {
            sum += term / k;
            term *= s2;
        }

        return (2 * sum) + (exponent * Ln2);
    }
}

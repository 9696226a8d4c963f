using System.Runtime.CompilerServices;
using StaticArchive.Documents;

namespace StaticArchive.Incremental;

/// <summary>
/// Render keys of document pages, remembered per transformed document for the life of a session. A document
/// page is made from its transformed document plus things every document page shares (settings, agencies,
/// theme, history); while the transform cache hands back the same instance and that shared context is the
/// same, the key is the same, so serialising and hashing thousands of unchanged bodies on every edit is waste.
/// </summary>
internal sealed class DocumentPageKeys
{
    private readonly ConditionalWeakTable<TransformedDocument, Memo> _keys = [];

    private sealed record Memo(string Context, string Key);

    /// <summary>How many keys the last build computed rather than remembered.</summary>
    public int Computed => _computed;

    private int _computed;

    /// <summary>Starts counting a new build.</summary>
    public void BeginBuild() => _computed = 0;

    /// <summary>The remembered key for this document in this context, else <paramref name="compute"/>'s.</summary>
    /// <param name="document">The transformed document the page is built from (compared by reference).</param>
    /// <param name="context">A hash of everything else the page depends on; null when that is unknown (never remembered).</param>
    /// <param name="compute">Computes the key from the page itself.</param>
    public string KeyOf(TransformedDocument document, string? context, Func<string> compute)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(compute);
        if (context is not null && _keys.TryGetValue(document, out var memo) && memo.Context == context)
        {
            return memo.Key;
        }

        Interlocked.Increment(ref _computed);
        var key = compute();
        if (context is not null)
        {
            _keys.AddOrUpdate(document, new Memo(context, key));
        }

        return key;
    }
}

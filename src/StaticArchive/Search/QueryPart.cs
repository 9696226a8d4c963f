namespace StaticArchive.Search;

/// <summary>A whitespace-separated piece of the query: a document matches it when one of its fields contains <see cref="Text"/>.</summary>
/// <param name="Text">The normalized part.</param>
/// <param name="Terms">The index terms every matching document has (a necessary condition).</param>
/// <param name="StartsWithWord">True when the part begins with a word character, which must then begin a word in the text.</param>
internal sealed record QueryPart(string Text, IReadOnlyList<QueryTerm> Terms, bool StartsWithWord)
{
    /// <summary>True when the index alone decides the part (one term), so no fragment check is needed.</summary>
    public bool IndexIsExact => Terms.Count == 1;

    /// <summary>Whether <paramref name="normalizedField"/> contains this part with the query's word-start rule.</summary>
    public bool MatchesField(string normalizedField)
    {
        ArgumentNullException.ThrowIfNull(normalizedField);
        for (var at = normalizedField.IndexOf(Text, StringComparison.Ordinal); at >= 0;
             at = normalizedField.IndexOf(Text, at + 1, StringComparison.Ordinal))
        {
            if (!StartsWithWord || at == 0 || !SearchTokenizer.IsWordChar(PreviousCodePoint(normalizedField, at)))
            {
                return true;
            }
        }
        return false;
    }

    private static int PreviousCodePoint(string s, int index) =>
        index >= 2 && char.IsSurrogatePair(s[index - 2], s[index - 1])
            ? char.ConvertToUtf32(s[index - 2], s[index - 1])
            : s[index - 1];
}

namespace StaticArchive.Search.Build;

/// <summary>Interns terms to dense ids in first-seen order; CJK terms are keyed by their packed code points.</summary>
internal sealed class TermTable
{
    private readonly Dictionary<long, int> _cjk = [];
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);

    public List<TermPostings> Terms { get; } = [];

    public TermPostings Cjk(long key)
    {
        if (!_cjk.TryGetValue(key, out var id))
        {
            id = Terms.Count;
            var first = (int)(key >> 21);
            var second = (int)(key & 0x1FFFFF);
            var term = second == 0 ? char.ConvertFromUtf32(first) : char.ConvertFromUtf32(first) + char.ConvertFromUtf32(second);
            Terms.Add(new TermPostings(term, second != 0, id));
            _cjk.Add(key, id);
        }
        return Terms[id];
    }

    public TermPostings Word(string word)
    {
        if (!_words.TryGetValue(word, out var id))
        {
            id = Terms.Count;
            Terms.Add(new TermPostings(word, false, id));
            _words.Add(word, id);
        }
        return Terms[id];
    }
}

using System.Text;

namespace StaticArchive.Search.Build;

/// <summary>Interns terms to dense ids; CJK terms are keyed by their code points so no string is made per token.</summary>
internal sealed class TermTable
{
    private readonly Dictionary<long, int> _cjk = [];
    private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
    private readonly StringBuilder _scratch = new();

    public List<TermPostings> Terms { get; } = [];

    public int CjkId(int first, int second)
    {
        var key = ((long)first << 21) | (long)second;
        if (!_cjk.TryGetValue(key, out var id))
        {
            id = Terms.Count;
            var term = second == 0 ? char.ConvertFromUtf32(first) : char.ConvertFromUtf32(first) + char.ConvertFromUtf32(second);
            Terms.Add(new TermPostings(term, second != 0));
            _cjk.Add(key, id);
        }
        return id;
    }

    public int WordId(ReadOnlySpan<int> codePoints)
    {
        _scratch.Clear();
        foreach (var cp in codePoints)
        {
            _scratch.Append(char.ConvertFromUtf32(cp));
        }
        var alternate = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        // Avoid allocating the word string when it is already known.
        Span<char> chars = _scratch.Length <= 256 ? stackalloc char[_scratch.Length] : new char[_scratch.Length];
        _scratch.CopyTo(0, chars, _scratch.Length);
        if (alternate.TryGetValue(chars, out var id))
        {
            return id;
        }
        id = Terms.Count;
        var word = new string(chars);
        Terms.Add(new TermPostings(word, false));
        _words.Add(word, id);
        return id;
    }
}

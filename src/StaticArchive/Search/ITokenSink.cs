namespace StaticArchive.Search;

/// <summary>Receives the tokens of a text, without allocating a string per token.</summary>
internal interface ITokenSink
{
    /// <summary>A single CJK character (every CJK character yields one).</summary>
    void Unigram(int codePoint);

    /// <summary>Two adjacent CJK characters; <paramref name="next"/> is the character after them in the run, or 0 at the end of the run.</summary>
    void Bigram(int first, int second, int next);

    /// <summary>A word of letters and digits: code points [start, end) of the scanned text.</summary>
    void Word(ReadOnlySpan<int> codePoints);
}

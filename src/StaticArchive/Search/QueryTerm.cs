namespace StaticArchive.Search;

/// <summary>One term a query part needs from the index.</summary>
/// <param name="Term">The normalized term: a CJK character, a CJK bigram or a word.</param>
/// <param name="Prefix">True for a word at the end of a part: any indexed word starting with it matches.</param>
/// <param name="Next">For a bigram, the character the query has after it (0 = the CJK run ends there), or -1 for no constraint.</param>
internal sealed record QueryTerm(string Term, bool Prefix, int Next);

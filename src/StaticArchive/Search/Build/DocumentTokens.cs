namespace StaticArchive.Search.Build;

/// <summary>One document's terms, as <see cref="DocumentTokenSink"/> collected them, waiting to be merged.</summary>
internal sealed record DocumentTokens(CjkCount[] Cjk, KeyValuePair<string, int>[] Words, int Length);

/// <summary>A CJK term of one document (see <see cref="DocumentTokenSink.Key"/>), its frequency and bigram signature.</summary>
internal readonly record struct CjkCount(long Key, int Tf, byte Signature);

namespace StaticArchive.SearchBench;
using System.Diagnostics;
using StaticArchive.Search;
internal static class Probe
{
    private sealed class Null : ITokenSink { public int N; public void Unigram(int c) => N++; public void Bigram(int a, int b, int n) => N += SearchHash.SignatureBit(n); public void Word(ReadOnlySpan<int> c) => N++; }
    public static void Run(List<SearchDocument> docs)
    {
        var sw = Stopwatch.StartNew(); long n = 0;
        var cps = docs.Select(d => SearchTokenizer.CodePoints(SearchTokenizer.Normalize(d.Text))).ToList();
        Console.WriteLine($"normalize {sw.ElapsedMilliseconds}"); sw.Restart();
        var sink = new Null();
        foreach (var c in cps) SearchTokenizer.Scan(c, sink);
        Console.WriteLine($"scan {sw.ElapsedMilliseconds}"); sw.Restart();
        foreach (var d in docs) n += System.Text.Encoding.UTF8.GetByteCount(d.Text);
        var b = new SearchIndexBuilder();
        foreach (var d in docs) b.Add(d);
        Console.WriteLine($"add {sw.ElapsedMilliseconds}"); sw.Restart();
    }
}

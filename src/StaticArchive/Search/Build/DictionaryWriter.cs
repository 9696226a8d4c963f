using System.Text;
using StaticArchive.Core;
using StaticArchive.Search.Format;

namespace StaticArchive.Search.Build;

/// <summary>
/// Writes the dictionary shards: terms hashed to buckets by <see cref="SearchTokenizer.ShardKey"/>, sorted
/// ordinally, front-coded. A bucket larger than the target is split by term range; its main shard then lists the parts'
/// first terms, so only hot buckets cost a second request and the manifest stays small.
/// </summary>
internal sealed class DictionaryWriter(int targetBytes)
{
    private const int MaxShards = 6000;

    /// <summary>A term and its encoded entry body (df, then inline postings or a pack reference).</summary>
    public sealed record Entry(string Term, byte[] Body);

    public int Buckets { get; private set; }

    public int SplitBuckets { get; private set; }

    public IEnumerable<OutputFile> Write(IReadOnlyList<Entry> entries)
    {
        long total = 0;
        foreach (var e in entries)
        {
            total += e.Body.Length + Encoding.UTF8.GetByteCount(e.Term) / 2 + 2;
        }
        // Small shards keep a lookup cheap; past MaxShards, grow them instead so a huge archive stays within
        // host file-count limits.
        targetBytes = (int)Math.Max(targetBytes, total / MaxShards);
        Buckets = (int)Math.Clamp(total / targetBytes, 1, MaxShards);
        var buckets = new List<Entry>[Buckets];
        foreach (var e in entries)
        {
            var b = SearchHash.Bucket(e.Term, Buckets);
            (buckets[b] ??= []).Add(e);
        }
        for (var b = 0; b < Buckets; b++)
        {
            var list = buckets[b];
            if (list is null)
            {
                continue;
            }
            list.Sort((x, y) => string.CompareOrdinal(x.Term, y.Term));
            var parts = new List<byte[]>();
            var starts = new List<string>();
            for (var from = 0; from < list.Count;)
            {
                starts.Add(list[from].Term);
                (var bytes, from) = WritePart(list, from);
                parts.Add(bytes);
            }
            if (parts.Count == 1)
            {
                yield return new OutputFile(SearchPaths.Shard(b, 0), Gzip.Compress(parts[0]));
                continue;
            }
            // A hot bucket: its main shard is an index of the parts' first terms (entry count 0 marks it).
            SplitBuckets++;
            var index = new ByteWriter();
            index.VarUInt(0);
            index.VarUInt((ulong)parts.Count);
            foreach (var start in starts.Skip(1))
            {
                var utf8 = Encoding.UTF8.GetBytes(start);
                index.VarUInt((ulong)utf8.Length);
                index.Bytes(utf8);
            }
            yield return new OutputFile(SearchPaths.Shard(b, 0), Gzip.Compress(index.Span));
            for (var p = 0; p < parts.Count; p++)
            {
                yield return new OutputFile(SearchPaths.Shard(b, p + 1), Gzip.Compress(parts[p]));
            }
        }
    }

    private (byte[] Bytes, int To) WritePart(List<Entry> list, int from)
    {
        var w = new ByteWriter(targetBytes * 2);
        var body = new ByteWriter(targetBytes * 2);
        var previous = Array.Empty<byte>();
        var to = from;
        // The shard starts with its entry count, known only at the end: write entries to a scratch buffer first.
        while (to < list.Count && (to == from || body.Length + list[to].Body.Length <= targetBytes * 2))
        {
            var term = Encoding.UTF8.GetBytes(list[to].Term);
            var shared = 0;
            while (shared < term.Length && shared < previous.Length && term[shared] == previous[shared])
            {
                shared++;
            }
            body.VarUInt((ulong)shared);
            body.VarUInt((ulong)(term.Length - shared));
            body.Bytes(term.AsSpan(shared));
            body.Bytes(list[to].Body);
            previous = term;
            to++;
        }
        w.VarUInt((ulong)(to - from));
        w.Bytes(body.Span);
        return (w.ToArray(), to);
    }
}

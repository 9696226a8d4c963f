using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using StaticArchive.Search.Format;

namespace StaticArchive.Search.Query;

/// <summary>
/// Reads the emitted index files in the same formats and from the same ranges as search-engine.js, through a
/// callback that returns a file's bytes, so tests exercise the real output. It reads every passage of a
/// fragment; the browser stops at the passage that shows the match.
/// </summary>
internal sealed class SearchIndexReader
{
    /// <summary>The most dictionary terms a word prefix expands to.</summary>
    public const int PrefixLimit = 64;

    private readonly Func<string, byte[]?> _read;
    private readonly Dictionary<string, List<DictionaryEntry>> _shards = [];
    private readonly Dictionary<int, SearchFragment> _fragments = [];
    private readonly Dictionary<string, byte[]> _files = [];
    private int[]? _agencyOf;

    /// <summary>Opens the index; <paramref name="read"/> gets paths like <c>search/manifest.json</c>.</summary>
    public SearchIndexReader(Func<string, byte[]?> read)
    {
        _read = read ?? throw new ArgumentNullException(nameof(read));
        using var manifest = JsonDocument.Parse(Read(SearchPaths.Manifest));
        var root = manifest.RootElement;
        Documents = root.GetProperty("docs").GetInt32();
        Buckets = root.GetProperty("buckets").GetInt32();
        FragmentGroup = root.GetProperty("fragmentGroup").GetInt32();
        Types = [.. root.GetProperty("types").EnumerateArray().Select(t => (t[0].GetString()!, t[1].GetString()!))];
        var runs = root.GetProperty("runs").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        YearOf = new int[Documents];
        TypeOf = new int[Documents];
        for (int i = 0, at = 0; i < runs.Length; i += 3)
        {
            for (var k = 0; k < runs[i + 2]; k++, at++)
            {
                YearOf[at] = runs[i];
                TypeOf[at] = runs[i + 1];
            }
        }
    }

    /// <summary>A dictionary entry: document frequency and where its postings are.</summary>
    public sealed record DictionaryEntry(string Term, int Df, byte[]? Inline, int Pack, int Offset, int Length, bool Compressed);

    public int Documents { get; }

    public int Buckets { get; }

    public int FragmentGroup { get; }

    public IReadOnlyList<(string Type, string Label)> Types { get; }

    public int[] YearOf { get; }

    public int[] TypeOf { get; }

    public IReadOnlyList<(string Slug, string Name)> Agencies { get; private set; } = [];

    /// <summary>The agency index of every id, loading facets.gz on first use.</summary>
    public int[] AgencyOf()
    {
        if (_agencyOf is not null)
        {
            return _agencyOf;
        }
        using var facets = JsonDocument.Parse(Gzip.Decompress(Read(SearchPaths.Facets)));
        Agencies = [.. facets.RootElement.GetProperty("agencies").EnumerateArray().Select(a => (a[0].GetString()!, a[1].GetString()!))];
        var runs = facets.RootElement.GetProperty("runs").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        _agencyOf = new int[Documents];
        for (int i = 0, at = 0; i < runs.Length; i += 2)
        {
            _agencyOf.AsSpan(at, runs[i + 1]).Fill(runs[i]);
            at += runs[i + 1];
        }
        return _agencyOf;
    }

    /// <summary>The entries for a term, or for every term starting with it when <paramref name="prefix"/>.</summary>
    public IReadOnlyList<DictionaryEntry> Lookup(string term, bool prefix)
    {
        var bucket = SearchHash.Bucket(term, Buckets);
        var found = new List<DictionaryEntry>();
        foreach (var part in ShardParts(bucket, term, prefix))
        {
            foreach (var e in Shard(SearchPaths.Shard(bucket, part)))
            {
                if (prefix ? e.Term.StartsWith(term, StringComparison.Ordinal) : e.Term == term)
                {
                    found.Add(e);
                }
            }
        }
        // Widest first, so the cap keeps the words that matter most for recall.
        return [.. found.OrderByDescending(e => e.Df).ThenBy(e => e.Term, StringComparer.Ordinal).Take(PrefixLimit)];
    }

    /// <summary>The postings of an entry (a Range read of its pack when not inline).</summary>
    public Postings Postings(DictionaryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Inline is not null)
        {
            return Query.Postings.Decode(entry.Inline);
        }
        var bytes = Read(SearchPaths.PostingsPack(entry.Pack)).AsSpan(entry.Offset, entry.Length);
        return Query.Postings.Decode(entry.Compressed ? Deflate.Decompress(bytes) : bytes);
    }

    /// <summary>The fragment of one id: its offsets, then its head and every passage joined.</summary>
    public SearchFragment Fragment(int id)
    {
        if (_fragments.TryGetValue(id, out var cached))
        {
            return cached;
        }
        var pack = Read(SearchPaths.FragmentPack(id / FragmentGroup));
        var slot = id % FragmentGroup;
        var head = (int)BinaryPrimitives.ReadUInt32LittleEndian(pack.AsSpan(slot * 8));
        var at = (int)BinaryPrimitives.ReadUInt32LittleEndian(pack.AsSpan(slot * 8 + 4));
        var decoded = Encoding.BigEndianUnicode.GetString(Deflate.Decompress(pack.AsSpan(head, at - head)));
        var newline = decoded.IndexOf('\n', StringComparison.Ordinal);
        using var json = JsonDocument.Parse(decoded[..newline]);
        var r = json.RootElement;
        var text = new StringBuilder(decoded[(newline + 1)..]);
        foreach (var length in r[4].EnumerateArray().Select(e => e.GetInt32()))
        {
            text.Append(Encoding.BigEndianUnicode.GetString(Deflate.Decompress(pack.AsSpan(at, length))));
            at += length;
        }
        // The slug is in facets.gz, not in the fragment: the browser never shows it.
        var agencyIndex = AgencyOf()[id];
        var agency = Agencies[agencyIndex].Slug;
        var marks = r.GetArrayLength() > 5 ? r[5] : default;
        return _fragments[id] = new SearchFragment(r[0].GetString()!, r[1].GetString()!, r[2].GetString()!, agency, YearOf[id],
            Types[TypeOf[id]].Type, Types[TypeOf[id]].Label, r[3].GetString()!, text.ToString())
        {
            SourceUrl = marks.ValueKind == JsonValueKind.Object && marks.TryGetProperty("s", out var s) ? s.GetString() : null,
            DateInferred = marks.ValueKind == JsonValueKind.Object && marks.TryGetProperty("i", out _),
            Sample = marks.ValueKind == JsonValueKind.Object && marks.TryGetProperty("m", out _),
            Metadata = marks.ValueKind == JsonValueKind.Object && marks.TryGetProperty("f", out var f)
                ? [.. f.EnumerateArray().Select(e => KeyValuePair.Create(e[0].GetString()!, e[1].GetString()!))]
                : [],
        };
    }

    private IEnumerable<int> ShardParts(int bucket, string term, bool prefix)
    {
        var main = Gzip.Decompress(Read(SearchPaths.Shard(bucket, 0)));
        var r = new ByteReader(main);
        if (r.VarInt() != 0)
        {
            return [0];
        }
        var count = r.VarInt();
        var starts = new List<string> { "" };
        for (var i = 1; i < count; i++)
        {
            starts.Add(Encoding.UTF8.GetString(r.Bytes(r.VarInt())));
        }
        var first = starts.FindLastIndex(s => string.CompareOrdinal(s, term) <= 0);
        var parts = new List<int> { first + 1 };
        for (var p = first + 1; prefix && p < count && starts[p].StartsWith(term, StringComparison.Ordinal); p++)
        {
            parts.Add(p + 1);
        }
        return parts;
    }

    private List<DictionaryEntry> Shard(string path)
    {
        if (_shards.TryGetValue(path, out var cached))
        {
            return cached;
        }
        var data = Gzip.Decompress(Read(path));
        var r = new ByteReader(data);
        var n = r.VarInt();
        var list = new List<DictionaryEntry>(n);
        var previous = Array.Empty<byte>();
        for (var i = 0; i < n; i++)
        {
            var shared = r.VarInt();
            var term = previous.AsSpan(0, shared).ToArray().Concat(r.Bytes(r.VarInt()).ToArray()).ToArray();
            previous = term;
            var df = r.VarInt();
            var text = Encoding.UTF8.GetString(term);
            var kind = r.Byte();
            list.Add(kind == 0
                ? new DictionaryEntry(text, df, r.Bytes(r.VarInt()).ToArray(), 0, 0, 0, false)
                : new DictionaryEntry(text, df, null, r.VarInt(), r.VarInt(), r.VarInt(), kind == 2));
        }
        _shards[path] = list;
        return list;
    }

    private byte[] Read(string path)
    {
        if (!_files.TryGetValue(path, out var bytes))
        {
            _files[path] = bytes = _read(path) ?? throw new FileNotFoundException("Search index file missing.", path);
        }
        return bytes;
    }
}

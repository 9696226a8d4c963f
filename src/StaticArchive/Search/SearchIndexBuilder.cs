using StaticArchive.Core;
using StaticArchive.Search.Build;
using StaticArchive.Search.Format;

namespace StaticArchive.Search;

/// <summary>
/// Builds the static search index under <c>search/</c>: a small manifest, dictionary shards, postings packs,
/// fragment packs and one facet file. Documents are added one by one; only compact postings and the
/// compressed fragments are kept, so 100,000 documents fit in bounded memory.
/// </summary>
internal sealed class SearchIndexBuilder
{
    internal const int TitleWeight = 3;
    private const int InlineLimit = 40;
    private const int CompressLimit = 512;
    private const int Batch = 512;

    // Postings kept in memory before a segment is spilled to a temporary file, so memory stays bounded at any size.
    private const long SpillBytes = 32L << 20;

    private readonly TermTable _terms = new();
    private readonly List<SearchDocument> _batch = new(Batch);
    private Task<PreparedDocument[]>? _preparing;
    private readonly FragmentStore _fragments = new();
    private readonly List<DocInfo> _docs = [];
    private readonly int _shardTarget;
    private readonly PostingsSpill _spill;
    private bool _built;

    /// <summary>
    /// Creates a builder with the default shard size: 200 raw bytes. Every query term costs one shard request
    /// whatever its size, so small shards keep a cold query small (1,200 bytes made shards a third of a query at
    /// 20,000 documents); 20,000 documents then take about 1,200 shard files.
    /// </summary>
    public SearchIndexBuilder()
        : this(200)
    {
    }

    /// <summary>Creates a builder with a chosen raw dictionary-shard size (tests use small ones to force splits).</summary>
    public SearchIndexBuilder(int shardTargetBytes)
        : this(shardTargetBytes, SpillBytes)
    {
    }

    /// <summary>Creates a builder that spills postings to temporary files past <paramref name="spillBytes"/> (tests use tiny limits).</summary>
    public SearchIndexBuilder(int shardTargetBytes, long spillBytes)
    {
        _shardTarget = shardTargetBytes;
        _spill = new PostingsSpill(spillBytes);
    }

    /// <summary>Adds one document; call in a deterministic order.</summary>
    public void Add(SearchDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (_built)
        {
            throw new InvalidOperationException("Build has already been called.");
        }
        _batch.Add(doc);
        if (_batch.Count == Batch)
        {
            StartBatch();
        }
    }

    /// <summary>
    /// Tokenizes and compresses the waiting batch on all cores while this thread merges the previous one, in call
    /// order, so output is deterministic. Whole batches, not one task per document, so the merging thread does
    /// not spin waiting on each document.
    /// </summary>
    private void StartBatch()
    {
        var docs = _batch.ToArray();
        _batch.Clear();
        var next = Task.Run(() =>
        {
            var prepared = new PreparedDocument[docs.Length];
            Parallel.For(0, docs.Length, i => prepared[i] = PreparedDocument.Prepare(docs[i]));
            return prepared;
        });
        MergePrepared();
        _preparing = next;
    }

    private void MergePrepared()
    {
        if (_preparing is null)
        {
            return;
        }
        foreach (var prepared in _preparing.Result)
        {
            Merge(prepared);
        }
        _preparing = null;
    }

    private void Merge(PreparedDocument prepared)
    {
        var id = _docs.Count;
        foreach (var (key, tf, signature) in prepared.Tokens.Cjk)
        {
            _spill.Track(_terms.Cjk(key).Add(id, tf, signature));
        }
        foreach (var (word, tf) in prepared.Tokens.Words)
        {
            _spill.Track(_terms.Word(word).Add(id, tf, 0));
        }
        if (_spill.Full)
        {
            _spill.Spill(_terms.Terms);
        }
        _docs.Add(prepared.Info);
        _fragments.Add(prepared.Fragment);
    }

    /// <summary>Returns every file of the index, paths under <c>search/</c>, byte-identical for the same input.</summary>
    public IReadOnlyList<OutputFile> Build() => [.. Files().OrderBy(f => f.Path, StringComparer.Ordinal)];

    /// <summary>
    /// The same files one by one, fragment packs last and each made as it is asked for, so a caller that writes
    /// them as they come never holds the whole index (the fragment packs alone are ~2 KB a document).
    /// </summary>
    public IEnumerable<OutputFile> Files()
    {
        _built = true;
        if (_batch.Count > 0)
        {
            StartBatch();
        }
        MergePrepared();
        var order = Enumerable.Range(0, _docs.Count).ToArray();
        Array.Sort(order, (a, b) => DocInfo.Compare(_docs[a], _docs[b]));
        var newId = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            newId[order[i]] = i;
        }
        var packs = new PackWriter(SearchPaths.PostingsPack, 1 << 20);
        List<DictionaryWriter.Entry> entries;
        using (_spill)
        {
            entries = EncodePostings(newId, packs);
        }
        var dictionary = new DictionaryWriter(_shardTarget);
        var files = new List<OutputFile>(dictionary.Write(entries));
        files.AddRange(packs.Finish());
        var sorted = order.Select(i => _docs[i]).ToList();
        files.Add(ManifestWriter.Manifest(sorted, dictionary, FragmentStore.GroupSize));
        files.Add(ManifestWriter.Facets(sorted));
        return files.Concat(_fragments.Write(order));
    }

    private List<DictionaryWriter.Entry> EncodePostings(int[] newId, PackWriter packs)
    {
        var n = _docs.Count;
        var avgLength = n == 0 ? 1.0 : _docs.Average(d => (double)d.Length);
        var bm25 = new Bm25(n, avgLength);
        var entries = new List<DictionaryWriter.Entry>(_terms.Terms.Count);
        var block = new ByteWriter(1024);
        var entry = new ByteWriter(64);
        // Scratch arrays reused across terms (sized for the commonest term so far).
        int[] docs = [], tfs = [], items = [];
        byte[] signatures = [], impacts = [], sortedImpacts = [], sortedSignatures = [];
        foreach (var term in _terms.Terms)
        {
            var count = term.Count;
            if (docs.Length < count)
            {
                docs = new int[count];
                tfs = new int[count];
                items = new int[count];
                signatures = new byte[count];
                impacts = new byte[count];
                sortedImpacts = new byte[count];
                sortedSignatures = new byte[count];
            }
            _spill.Read(term, docs, tfs, signatures);
            var keys = docs.AsSpan(0, count);
            for (var i = 0; i < count; i++)
            {
                impacts[i] = bm25.Impact(tfs[i], _docs[keys[i]].Length, count);
                keys[i] = newId[keys[i]];
                items[i] = i;
            }
            keys.Sort(items.AsSpan(0, count));
            for (var i = 0; i < count; i++)
            {
                sortedImpacts[i] = impacts[items[i]];
                sortedSignatures[i] = signatures[items[i]];
            }
            block.Clear();
            PostingsFormat.Encode(block, keys, sortedImpacts.AsSpan(0, count), sortedSignatures.AsSpan(0, count), term.IsBigram);
            entry.Clear();
            entry.VarUInt((ulong)count);
            if (block.Length <= InlineLimit)
            {
                entry.Byte(0);
                entry.VarUInt((ulong)block.Length);
                entry.Bytes(block.Span);
            }
            else
            {
                // Small blocks gain little from deflate but each stream costs a compressor set-up: store them raw.
                var compress = block.Length >= CompressLimit;
                var (pack, offset, length) = packs.Append(compress ? Deflate.Compress(block.Span) : block.ToArray());
                entry.Byte(compress ? (byte)2 : (byte)1);
                entry.VarUInt((ulong)pack);
                entry.VarUInt((ulong)offset);
                entry.VarUInt((ulong)length);
            }
            entries.Add(new DictionaryWriter.Entry(term.Term, entry.ToArray()));
        }
        return entries;
    }
}

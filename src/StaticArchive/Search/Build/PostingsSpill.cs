using StaticArchive.Search.Format;

namespace StaticArchive.Search.Build;

/// <summary>
/// Postings written out of memory in segments, Lucene's way: once the terms' pending postings pass a limit, they
/// go to a temporary file in term-id order and are forgotten. At the end every segment is read once, in step
/// with the terms, and each term's postings are the concatenation of its chunks in segment order, which is
/// exactly what one in-memory list would have held, so a large archive's postings never need to fit in memory.
/// </summary>
internal sealed class PostingsSpill(long limitBytes) : IDisposable
{
    private readonly List<FileStream> _files = [];
    private List<Segment>? _reading;
    private long _pendingBytes;

    /// <summary>Counts bytes added to the terms' pending postings.</summary>
    public void Track(int bytes) => _pendingBytes += bytes;

    /// <summary>True when the pending postings have reached the limit.</summary>
    public bool Full => _pendingBytes >= limitBytes;

    /// <summary>Writes every term's pending postings as one segment, in term-id order, and clears them.</summary>
    public void Spill(IReadOnlyList<TermPostings> terms)
    {
        var path = Path.Combine(Path.GetTempPath(), $"staticarchive-postings-{Guid.NewGuid():N}.tmp");
        var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose);
        _files.Add(file);
        var header = new ByteWriter(32);
        foreach (var term in terms)
        {
            if (term.PendingCount == 0)
            {
                continue;
            }
            header.Clear();
            header.VarUInt((ulong)term.Id);
            header.VarUInt((ulong)term.PendingCount);
            header.VarUInt((ulong)term.Pending.Length);
            file.Write(header.Span);
            file.Write(term.Pending);
            term.ClearPending();
        }
        file.Flush();
        _pendingBytes = 0;
    }

    /// <summary>
    /// Decodes all of a term's postings, spilled and pending, into the arrays (sized for <see cref="TermPostings.Count"/>).
    /// Call once per term, in term-id order.
    /// </summary>
    public void Read(TermPostings term, Span<int> docs, Span<int> tfs, Span<byte> signatures)
    {
        _reading ??= [.. _files.Select(f => new Segment(f))];
        var at = 0;
        foreach (var segment in _reading)
        {
            if (segment.NextId == term.Id)
            {
                var count = segment.NextCount;
                at = TermPostings.Decode(segment.ReadChunk(), count, docs, tfs, signatures, at);
            }
        }
        TermPostings.Decode(term.Pending, term.PendingCount, docs, tfs, signatures, at);
    }

    /// <summary>Closes (and so deletes) the temporary files.</summary>
    public void Dispose()
    {
        foreach (var file in _files)
        {
            file.Dispose();
        }
        _files.Clear();
        _reading = null;
    }

    /// <summary>Reads one segment's records (term id, count, length, bytes) front to back.</summary>
    private sealed class Segment
    {
        private readonly BufferedStream _stream;
        private byte[] _chunk = new byte[256];
        private int _length;

        public Segment(FileStream file)
        {
            file.Seek(0, SeekOrigin.Begin);
            _stream = new BufferedStream(file, 1 << 16);
            Advance();
        }

        /// <summary>The term id of the next record; int.MaxValue at the end.</summary>
        public int NextId { get; private set; }

        /// <summary>How many postings the next record holds.</summary>
        public int NextCount { get; private set; }

        /// <summary>The next record's postings, then moves on; the span is valid until the next call.</summary>
        public ReadOnlySpan<byte> ReadChunk()
        {
            var length = _length;
            if (_chunk.Length < length)
            {
                _chunk = new byte[Math.Max(length, _chunk.Length * 2)];
            }
            _stream.ReadExactly(_chunk, 0, length);
            Advance();
            return _chunk.AsSpan(0, length);
        }

        private void Advance()
        {
            var id = VarInt(atEndIsOk: true);
            if (id < 0)
            {
                NextId = int.MaxValue;
                return;
            }
            NextId = id;
            NextCount = VarInt(atEndIsOk: false);
            _length = VarInt(atEndIsOk: false);
        }

        private int VarInt(bool atEndIsOk)
        {
            ulong value = 0;
            var shift = 0;
            while (true)
            {
                var b = _stream.ReadByte();
                if (b < 0)
                {
                    return atEndIsOk && shift == 0 ? -1 : throw new EndOfStreamException("A postings segment ends inside a record.");
                }
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return checked((int)value);
                }
                shift += 7;
            }
        }
    }
}

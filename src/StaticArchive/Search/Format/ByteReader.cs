namespace StaticArchive.Search.Format;

/// <summary>Reads what <see cref="ByteWriter"/> wrote; the browser's reader in search-engine.js is its twin.</summary>
internal ref struct ByteReader(ReadOnlySpan<byte> data)
{
    private readonly ReadOnlySpan<byte> _data = data;

    public int Position { get; set; }

    public readonly bool AtEnd => Position >= _data.Length;

    public byte Byte() => _data[Position++];

    public int VarInt()
    {
        ulong value = 0;
        var shift = 0;
        while (true)
        {
            var b = _data[Position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return checked((int)value);
            }
            shift += 7;
        }
    }

    public ReadOnlySpan<byte> Bytes(int count)
    {
        var slice = _data.Slice(Position, count);
        Position += count;
        return slice;
    }
}

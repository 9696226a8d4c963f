namespace StaticArchive.Output;

/// <summary>A stream that keeps nothing and counts what is written to it: the size of a file a dry run does not write.</summary>
internal sealed class CountingStream : Stream
{
    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <inheritdoc/>
    public override long Length => Position;

    /// <inheritdoc/>
    public override long Position { get; set; }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Position += count;

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer) => Position += buffer.Length;

    /// <inheritdoc/>
    public override void WriteByte(byte value) => Position++;

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();
}

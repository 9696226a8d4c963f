using System.Buffers;
using System.Text;

namespace StaticArchive.IO;

/// <summary>
/// A text writer that encodes to UTF-8 into a buffer it keeps, so a thread can render page after page without
/// a string and a byte array per page. Disposing it does nothing: Fluid closes the writer it renders to, and
/// the buffer is reused after <see cref="Reset"/>.
/// </summary>
internal sealed class Utf8BufferWriter : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ArrayBufferWriter<byte> _bytes = new(1 << 16);
    private readonly Encoder _encoder = Utf8.GetEncoder();

    /// <inheritdoc/>
    public override Encoding Encoding => Utf8;

    /// <summary>Ends the text (encoding a character still waiting for its second half) and returns the bytes written since <see cref="Reset"/>.</summary>
    public ReadOnlySpan<byte> Finish()
    {
        Encode([], flush: true);
        return _bytes.WrittenSpan;
    }

    /// <summary>Empties the buffer for the next text.</summary>
    public void Reset()
    {
        _bytes.ResetWrittenCount();
        _encoder.Reset();
    }

    /// <inheritdoc/>
    public override void Write(char value) => Encode([value], flush: false);

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer) => Encode(buffer, flush: false);

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count) => Encode(buffer.AsSpan(index, count), flush: false);

    /// <inheritdoc/>
    public override void Write(string? value) => Encode(value, flush: false);

    /// <inheritdoc/>
    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public override Task FlushAsync() => Task.CompletedTask;

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        // Kept open on purpose; see the type's summary.
    }

    private void Encode(ReadOnlySpan<char> chars, bool flush)
    {
        var span = _bytes.GetSpan(Utf8.GetMaxByteCount(chars.Length));
        _bytes.Advance(_encoder.GetBytes(chars, span, flush));
    }
}

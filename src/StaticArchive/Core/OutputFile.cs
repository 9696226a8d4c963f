namespace StaticArchive.Core;

/// <summary>
/// One file the build produces, by its path relative to the output folder (forward slashes, no leading slash).
/// Features of the Aggregate phase (search index, feeds, open data) return these; only the Write phase
/// puts them on disk. Most are small and carry their bytes; a large one (the archive dataset grows with every
/// report) is <see cref="Streamed"/>: written straight to disk, never held in memory whole.
/// </summary>
public sealed class OutputFile
{
    private readonly byte[]? _content;
    private readonly Action<Stream>? _write;

    /// <summary>A file whose bytes are already in memory.</summary>
    public OutputFile(string path, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(content);
        Path = path;
        _content = content;
    }

    private OutputFile(string path, Action<Stream> write)
    {
        Path = path;
        _write = write;
    }

    /// <summary>The path relative to the output folder.</summary>
    public string Path { get; }

    /// <summary>True when the bytes are produced only while writing.</summary>
    public bool IsStreamed => _write is not null;

    /// <summary>The bytes; a streamed file is produced into memory for this (tests and small tools only).</summary>
    public byte[] Content
    {
        get
        {
            if (_content is not null)
            {
                return _content;
            }

            using var buffer = new MemoryStream();
            _write!(buffer);
            return buffer.ToArray();
        }
    }

    /// <summary>A file written by <paramref name="write"/> when the Write phase asks for it.</summary>
    public static OutputFile Streamed(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(write);
        return new OutputFile(path, write);
    }

    /// <summary>Writes the file's bytes to a stream.</summary>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (_write is not null)
        {
            _write(stream);
        }
        else
        {
            stream.Write(_content);
        }
    }
}

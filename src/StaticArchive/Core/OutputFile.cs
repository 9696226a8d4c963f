namespace StaticArchive.Core;

/// <summary>
/// One file the build produces, by its path relative to the output folder (forward slashes, no leading slash).
/// Features of the Aggregate phase (search index, feeds, open data) return these; only the Write phase
/// puts them on disk. Most are small and carry their bytes; a large one (the archive dataset grows with every
/// report) is <see cref="Streamed"/>: written straight to disk, never held in memory whole.
/// </summary>
internal sealed class OutputFile
{
    private readonly byte[]? _content;
    private readonly Action<Stream>? _write;
    private readonly Lazy<byte[]>? _derived;

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

    private OutputFile(string path, object inputs, Func<byte[]> produce)
    {
        Path = path;
        Inputs = inputs;
        _derived = new Lazy<byte[]>(produce);
    }

    /// <summary>The path relative to the output folder.</summary>
    public string Path { get; }

    /// <summary>For a <see cref="Derived"/> file, the value (compared with <c>Equals</c>) its bytes are made from.</summary>
    public object? Inputs { get; }

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

            if (_derived is not null)
            {
                return _derived.Value;
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

    /// <summary>
    /// A file made only when asked from <paramref name="inputs"/>, a value whose equality means "same bytes":
    /// the dev server keeps a file it wrote from equal inputs without making it again.
    /// </summary>
    public static OutputFile Derived(string path, object inputs, Func<byte[]> produce)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(produce);
        return new OutputFile(path, inputs, produce);
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
            stream.Write(Content);
        }
    }
}

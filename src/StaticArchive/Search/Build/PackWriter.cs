using StaticArchive.Core;

namespace StaticArchive.Search.Build;

/// <summary>
/// Concatenates small members (raw deflate, or stored when tiny) into pack files read with HTTP Range, so a large archive stays far below
/// host file-count limits (Cloudflare Pages: 20,000) while each lookup still downloads only its own bytes.
/// </summary>
internal sealed class PackWriter(Func<int, string> path, int targetBytes)
{
    private readonly List<OutputFile> _files = [];
    private MemoryStream _current = new();

    /// <summary>Appends a member and returns where it is: (pack, offset, length).</summary>
    public (int Pack, int Offset, int Length) Append(byte[] member)
    {
        if (_current.Length > 0 && _current.Length + member.Length > targetBytes)
        {
            Flush();
        }
        var offset = (int)_current.Length;
        _current.Write(member);
        return (_files.Count, offset, member.Length);
    }

    public IReadOnlyList<OutputFile> Finish()
    {
        if (_current.Length > 0)
        {
            Flush();
        }
        return _files;
    }

    private void Flush()
    {
        _files.Add(new OutputFile(path(_files.Count), _current.ToArray()));
        _current = new MemoryStream();
    }
}

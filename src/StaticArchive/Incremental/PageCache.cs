using System.Collections.Concurrent;
using System.Text.Json;
using StaticArchive.IO;

namespace StaticArchive.Incremental;

/// <summary>
/// What the last successful build rendered: per output page, the hash of everything the page was rendered
/// from (its view models, the theme, the tool, the options) and the length of the HTML written. A page whose
/// key is unchanged and whose file is still in the output is kept instead of rendered. Stored as one JSON file
/// under <c>.staticarchive-cache/</c> beside content/; deleting it only makes the next build slower.
/// </summary>
internal sealed class PageCache
{
    private readonly ConcurrentDictionary<string, Entry> _previous;
    private readonly ConcurrentDictionary<string, Entry> _next = new(StringComparer.Ordinal);

    private PageCache(string globalKey, IDictionary<string, Entry> previous)
    {
        GlobalKey = globalKey;
        _previous = new ConcurrentDictionary<string, Entry>(previous, StringComparer.Ordinal);
    }

    /// <summary>One page's render key and the length of its HTML.</summary>
    public sealed record Entry(string Key, long Length);

    /// <summary>Tool version, theme, options: when any of these change, nothing from before is reused.</summary>
    public string GlobalKey { get; }

    /// <summary>An empty cache (first build, or the global key changed).</summary>
    public static PageCache Empty(string globalKey) => new(globalKey, new Dictionary<string, Entry>());

    /// <summary>Loads the cache file if it exists and was written with the same global key.</summary>
    public static PageCache Load(IFileSystem files, string path, string globalKey)
    {
        ArgumentNullException.ThrowIfNull(files);
        if (!files.FileExists(path))
        {
            return Empty(globalKey);
        }

        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(files.ReadAllBytes(path));
            return stored is not null && stored.GlobalKey == globalKey ? new PageCache(globalKey, stored.Pages) : Empty(globalKey);
        }
        catch (JsonException)
        {
            return Empty(globalKey); // a damaged cache is a cold build, never a failure
        }
    }

    /// <summary>The previous build's entry for a page, if any.</summary>
    public Entry? Previous(string outputPath) => _previous.GetValueOrDefault(outputPath);

    /// <summary>Records what this build produced for a page.</summary>
    public void Record(string outputPath, Entry entry) => _next[outputPath] = entry;

    /// <summary>Makes this build's entries the previous ones (for the next build in the same process).</summary>
    public PageCache Advance() => new(GlobalKey, _next);

    /// <summary>This build's entries, as the cache file holds them.</summary>
    public byte[] ToBytes() =>
        JsonSerializer.SerializeToUtf8Bytes(new Stored(GlobalKey, new SortedDictionary<string, Entry>(_next, StringComparer.Ordinal)));

    private sealed record Stored(string GlobalKey, IDictionary<string, Entry> Pages);
}

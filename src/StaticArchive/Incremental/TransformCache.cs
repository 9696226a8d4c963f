using System.Collections.Concurrent;
using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.IO;

namespace StaticArchive.Incremental;

/// <summary>
/// Transformed documents kept in memory between builds of one process (the dev server): a document is
/// transformed again only when its Markdown, its data file, its agency or the size of an attachment changed.
/// Its diagnostics are replayed so a rebuild reports exactly what a cold build would. Files are fingerprinted
/// (length and modification time) first and read only when that changed: an edit in a 10,000-document archive
/// must not re-read and re-hash 10,000 files.
/// </summary>
internal sealed class TransformCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    private sealed record Entry(string Fingerprint, string Key, IReadOnlyList<(string Path, long Length)> Attachments, TransformedDocument Result, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>How many documents the last build actually transformed (the rest came from the cache).</summary>
    public int Transformed => _transformed;

    private int _transformed;

    private string? _context;

    /// <summary>Returns the cached result when nothing it was made from changed, else transforms.</summary>
    public TransformedDocument? GetOrTransform(IFileSystem files, DocumentSource source, DiagnosticBag diagnostics, Func<DiagnosticBag, TransformedDocument?> transform)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(diagnostics);
        ArgumentNullException.ThrowIfNull(transform);
        var fingerprint = Fingerprint(files, source);
        _entries.TryGetValue(source.Path, out var entry);
        var key = entry is not null && entry.Fingerprint == fingerprint ? entry.Key : Key(files, source);
        if (entry is not null && entry.Key == key && entry.Attachments.All(a => files.FileExists(a.Path) && files.GetLength(a.Path) == a.Length))
        {
            foreach (var d in entry.Diagnostics)
            {
                diagnostics.Add(d);
            }

            return entry.Result;
        }

        Interlocked.Increment(ref _transformed);
        var local = new DiagnosticBag();
        var result = transform(local);
        var found = local.ToSortedList();
        foreach (var d in found)
        {
            diagnostics.Add(d);
        }

        // Failed documents are not cached: what fixes them (a missing file appearing) is not in the key.
        if (result is not null && !local.HasErrors)
        {
            var attachments = result.Document.Attachments.Select(a => (a.SourcePath, a.Size)).ToList();
            _entries[source.Path] = new Entry(fingerprint, key, attachments, result, found);
        }
        else
        {
            _entries.TryRemove(source.Path, out _);
        }

        return result;
    }

    /// <summary>
    /// Starts counting a new build and forgets documents that are gone, or every document when
    /// <paramref name="context"/> (what every transform depends on besides its files: the tables' words) changed.
    /// </summary>
    public void BeginBuild(IEnumerable<DocumentSource> current, string context)
    {
        _transformed = 0;
        if (context != _context)
        {
            _entries.Clear();
            _context = context;
        }

        var keep = current.Select(s => s.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var path in _entries.Keys.Where(k => !keep.Contains(k)))
        {
            _entries.TryRemove(path, out _);
        }
    }

    // The agency is part of both keys: a renamed agency re-transforms its documents without touching their files.
    private static string Fingerprint(IFileSystem files, DocumentSource source) =>
        RenderKeys.Hash(files.Fingerprint(source.Path), files.Fingerprint(Path.ChangeExtension(source.Path, ".yml")), RenderKeys.Serialize(source.Agency), source.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Key(IFileSystem files, DocumentSource source)
    {
        var data = Path.ChangeExtension(source.Path, ".yml");
        var blobs = new List<byte[]>
        {
            files.ReadAllBytes(source.Path),
            System.Text.Encoding.UTF8.GetBytes(RenderKeys.Serialize(source.Agency) + "|" + source.Year),
            files.FileExists(data) ? files.ReadAllBytes(data) : [],
        };
        return RenderKeys.HashBytes(blobs);
    }
}

using System.Text.Encodings.Web;
using System.Text.Json;
using StaticArchive.Core;
using StaticArchive.Search.Format;

namespace StaticArchive.Search.Build;

/// <summary>Writes <c>manifest.json</c> (read on every search, kept to a few hundred bytes) and <c>facets.gz</c>.</summary>
internal static class ManifestWriter
{
    public const int FormatVersion = 2;
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static OutputFile Manifest(IReadOnlyList<DocInfo> docs, DictionaryWriter dictionary, int fragmentGroup)
    {
        var types = docs.Select(d => (d.Type, d.TypeLabel)).Distinct().OrderBy(t => t.Type, StringComparer.Ordinal).ToList();
        return Json(SearchPaths.Manifest, false, w =>
        {
            w.WriteNumber("version", FormatVersion);
            w.WriteNumber("docs", docs.Count);
            w.WriteNumber("buckets", dictionary.Buckets);
            w.WriteNumber("fragmentGroup", fragmentGroup);
            w.WriteStartArray("types");
            foreach (var (type, label) in types)
            {
                w.WriteStartArray();
                w.WriteStringValue(type);
                w.WriteStringValue(label);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            // (year, type index, count) runs in id order: the year and type of any id without a lookup.
            w.WriteStartArray("runs");
            foreach (var run in Runs(docs, d => (d.Year, d.Type)))
            {
                w.WriteNumberValue(run.Key.Year);
                w.WriteNumberValue(types.FindIndex(t => t.Type == run.Key.Type));
                w.WriteNumberValue(run.Count);
            }
            w.WriteEndArray();
        });
    }

    public static OutputFile Facets(IReadOnlyList<DocInfo> docs)
    {
        var agencies = docs.Select(d => (d.AgencySlug, d.AgencyName)).Distinct().OrderBy(a => a.AgencySlug, StringComparer.Ordinal).ToList();
        var index = agencies.Select((a, i) => (a.AgencySlug, i)).ToDictionary(x => x.AgencySlug, x => x.i, StringComparer.Ordinal);
        return Json(SearchPaths.Facets, true, w =>
        {
            w.WriteStartArray("agencies");
            foreach (var (slug, name) in agencies)
            {
                w.WriteStartArray();
                w.WriteStringValue(slug);
                w.WriteStringValue(name);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            // (agency index, count) runs in id order.
            w.WriteStartArray("runs");
            foreach (var run in Runs(docs, d => d.AgencySlug))
            {
                w.WriteNumberValue(index[run.Key]);
                w.WriteNumberValue(run.Count);
            }
            w.WriteEndArray();
        });
    }

    private static IEnumerable<(T Key, int Count)> Runs<T>(IReadOnlyList<DocInfo> docs, Func<DocInfo, T> key)
    {
        var i = 0;
        while (i < docs.Count)
        {
            var k = key(docs[i]);
            var j = i + 1;
            while (j < docs.Count && EqualityComparer<T>.Default.Equals(key(docs[j]), k))
            {
                j++;
            }
            yield return (k, j - i);
            i = j;
        }
    }

    private static OutputFile Json(string path, bool gzip, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        var bytes = stream.ToArray();
        return new OutputFile(path, gzip ? Gzip.Compress(bytes) : bytes);
    }
}

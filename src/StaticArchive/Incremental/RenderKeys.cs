using System.Buffers;
using System.IO.Hashing;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using StaticArchive.Pages;

namespace StaticArchive.Incremental;

/// <summary>
/// Hashes of what a page is rendered from. Templates only see their view models (Fluid's rule), so a page
/// depends on exactly its <see cref="PageSpec"/> plus the global inputs (theme, UI strings, site, options,
/// tool version): hashing those says whether it must be rendered again, without a hand-kept dependency list.
/// </summary>
internal static class RenderKeys
{
    // The JSON is only hashed, never embedded in a page, so it need not escape the HTML of the page bodies.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The tool's identity: a rebuilt library may render differently, so its module version is part of every key.</summary>
    public static string ToolVersion { get; } = typeof(RenderKeys).Assembly.ManifestModule.ModuleVersionId.ToString("N")
        + (typeof(RenderKeys).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "");

    /// <summary>A hash of several parts (each length-prefixed, so parts cannot run into each other).</summary>
    public static string Hash(params IEnumerable<string?> parts)
    {
        var hash = new XxHash128();
        foreach (var part in parts)
        {
            Append(hash, Encoding.UTF8.GetBytes(part ?? "\0null"));
        }

        return Convert.ToHexString(hash.GetCurrentHash());
    }

    /// <summary>A hash of byte blobs.</summary>
    public static string HashBytes(IEnumerable<byte[]> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var hash = new XxHash128();
        foreach (var part in parts)
        {
            Append(hash, part);
        }

        return Convert.ToHexString(hash.GetCurrentHash());
    }

    /// <summary>JSON of a view model by its runtime type (records of strings, numbers and lists).</summary>
    public static string Serialize(object? value) => value is null ? "null" : JsonSerializer.Serialize(value, value.GetType(), Json);

    /// <summary>The render key of a page.</summary>
    /// <remarks>
    /// Computed for every page of every build, so it hashes the view models' UTF-8 JSON as it comes out of the
    /// serializer with XxHash128 (it detects change; it need not resist attack).
    /// </remarks>
    public static string Of(string globalKey, PageSpec page)
    {
        ArgumentNullException.ThrowIfNull(globalKey);
        ArgumentNullException.ThrowIfNull(page);
        var hash = new XxHash128();
        Append(hash, Encoding.UTF8.GetBytes(globalKey));
        Append(hash, Encoding.UTF8.GetBytes(page.OutputPath));
        Append(hash, Encoding.UTF8.GetBytes(page.Layout));
        AppendJson(hash, page.Page);
        Append(hash, Encoding.UTF8.GetBytes(page.Model.GetType().FullName ?? ""));
        AppendJson(hash, page.Model);
        return Convert.ToHexString(hash.GetCurrentHash());
    }

    // Serialised into a buffer reused by the thread, since every page of every build is keyed.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _buffer;

    private static void AppendJson(XxHash128 hash, object value)
    {
        var buffer = _buffer ??= new ArrayBufferWriter<byte>(1 << 14);
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder, SkipValidation = true }))
        {
            JsonSerializer.Serialize(writer, value, value.GetType(), Json);
        }

        Append(hash, buffer.WrittenSpan);
    }

    private static void Append(XxHash128 hash, ReadOnlySpan<byte> part)
    {
        Span<byte> length = stackalloc byte[4];
        BitConverter.TryWriteBytes(length, part.Length);
        hash.Append(length);
        hash.Append(part);
    }
}

using System.Reflection;
using System.Security.Cryptography;
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
public static class RenderKeys
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The tool's identity: a rebuilt library may render differently, so its module version is part of every key.</summary>
    public static string ToolVersion { get; } = typeof(RenderKeys).Assembly.ManifestModule.ModuleVersionId.ToString("N")
        + (typeof(RenderKeys).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "");

    /// <summary>A hash of several parts (each length-prefixed, so parts cannot run into each other).</summary>
    public static string Hash(params IEnumerable<string?> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            var bytes = Encoding.UTF8.GetBytes(part ?? "\0null");
            hash.AppendData(BitConverter.GetBytes(bytes.Length));
            hash.AppendData(bytes);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>A hash of byte blobs.</summary>
    public static string HashBytes(IEnumerable<byte[]> parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            hash.AppendData(BitConverter.GetBytes(part.Length));
            hash.AppendData(part);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>JSON of a view model by its runtime type (records of strings, numbers and lists).</summary>
    public static string Serialize(object? value) => value is null ? "null" : JsonSerializer.Serialize(value, value.GetType(), Json);

    /// <summary>The render key of a page.</summary>
    public static string Of(string globalKey, PageSpec page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Hash(globalKey, page.OutputPath, page.Layout, Serialize(page.Page), page.Model.GetType().FullName, Serialize(page.Model));
    }
}

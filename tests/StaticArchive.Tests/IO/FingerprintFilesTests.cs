using System.Text;
using StaticArchive.IO;

namespace StaticArchive.Tests.IO;

/// <summary>
/// The one-walk fingerprint listing the build stamp relies on: on disk and in memory it lists the same files
/// under the same relative paths, with the same fingerprint a single file would get.
/// </summary>
public sealed class FingerprintFilesTests : IDisposable
{
    private static readonly string[] Layout = ["index.html", ".hidden", "a/b/page.html", "a/data.csv", "c/.cache/d/e.json", "f/g.txt"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "sa-fingerprints-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Lists_every_file_below_the_folder_relative_to_it_with_forward_slashes()
    {
        var disk = PhysicalFileSystem.Instance;
        var memory = new MemoryFileSystem();
        foreach (var file in Layout)
        {
            disk.WriteAllBytes(Path.Combine(_root, file), Encoding.UTF8.GetBytes(file));
            memory.WriteAllBytes("/out/" + file, Encoding.UTF8.GetBytes(file));
        }

        var onDisk = disk.FingerprintFiles(_root).ToDictionary(f => f.Path, f => f.Fingerprint);

        Assert.Equal(Layout.Order(StringComparer.Ordinal), onDisk.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Layout.Order(StringComparer.Ordinal), memory.FingerprintFiles("/out").Select(f => f.Path).Order(StringComparer.Ordinal));
        foreach (var file in Layout)
        {
            Assert.Equal(disk.Fingerprint(Path.Combine(_root, file)), onDisk[file]);
        }

        // The parallel walk sees exactly what the sequential one sees.
        Assert.Equal(onDisk.OrderBy(kv => kv.Key, StringComparer.Ordinal),
            disk.FingerprintFiles(_root, onAllCores: true).Select(f => KeyValuePair.Create(f.Path, f.Fingerprint)).OrderBy(kv => kv.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void A_rewritten_file_gets_another_fingerprint_and_a_missing_folder_lists_nothing()
    {
        var disk = PhysicalFileSystem.Instance;
        var page = Path.Combine(_root, "page.html");
        disk.WriteAllBytes(page, "<p>一</p>"u8);
        var before = Assert.Single(disk.FingerprintFiles(_root)).Fingerprint;

        disk.WriteAllBytes(page, "<p>一二</p>"u8);

        Assert.NotEqual(before, Assert.Single(disk.FingerprintFiles(_root)).Fingerprint);
        Assert.Empty(disk.FingerprintFiles(Path.Combine(_root, "missing")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}

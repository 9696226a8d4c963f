using System.Text;
using BenchmarkDotNet.Attributes;

namespace StaticArchive.Benchmarks;

/// <summary>
/// Write phase: pages of about 12 KB into nested folders, as a build does 100,000 times. Each benchmark writes
/// <see cref="PagesPerInvoke"/> pages, so the figures BenchmarkDotNet prints are per page.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class WriteFilesBenchmarks
{
    private const int PagesPerInvoke = 200;
    private string _root = string.Empty;
    private string[] _paths = [];
    private string _html = string.Empty;
    private byte[] _htmlBytes = [];

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "staticarchive-bench-" + Environment.ProcessId);
        _paths = Enumerable.Range(0, PagesPerInvoke)
            .Select(i => Path.Combine(_root, $"agency-{i % 10}", $"{2019 + (i % 7)}", $"doc-{i}", "index.html"))
            .ToArray();
        foreach (var directory in _paths.Select(Path.GetDirectoryName).Distinct())
        {
            Directory.CreateDirectory(directory!);
        }

        _html = Markdig.Markdown.ToHtml(Samples.AnnualReport + Samples.Proposal);
        _htmlBytes = Encoding.UTF8.GetBytes(_html);
        Write_encoded_bytes();   // so the "unchanged" case finds every file in place
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Baseline = true, OperationsPerInvoke = PagesPerInvoke, Description = "File.WriteAllText (UTF-8)")]
    public void Write_text()
    {
        foreach (var path in _paths)
        {
            File.WriteAllText(path, _html);
        }
    }

    [Benchmark(OperationsPerInvoke = PagesPerInvoke, Description = "File.WriteAllBytes (pre-encoded)")]
    public void Write_encoded_bytes()
    {
        foreach (var path in _paths)
        {
            File.WriteAllBytes(path, _htmlBytes);
        }
    }

    [Benchmark(OperationsPerInvoke = PagesPerInvoke, Description = "Parallel.ForEach WriteAllBytes (2 cores)")]
    public void Write_parallel() => Parallel.ForEach(_paths, path => File.WriteAllBytes(path, _htmlBytes));

    [Benchmark(OperationsPerInvoke = PagesPerInvoke, Description = "compare, skip unchanged file")]
    public int Skip_unchanged()
    {
        // "Unchanged files untouched": read and compare instead of writing keeps mtimes for rsync/CDN uploads.
        var written = 0;
        foreach (var path in _paths)
        {
            if (!IsSame(path, _htmlBytes))
            {
                File.WriteAllBytes(path, _htmlBytes);
                written++;
            }
        }

        return written;
    }

    private static bool IsSame(string path, byte[] content)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == content.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(content);
    }
}

using System.Text;
using BenchmarkDotNet.Attributes;
using StaticArchive.IO;
using StaticArchive.Output;

namespace StaticArchive.Benchmarks;

/// <summary>
/// Write phase: pages of about 12 KB into nested folders, as a build does 100,000 times. Each benchmark writes
/// <see cref="PagesPerInvoke"/> pages, so the figures BenchmarkDotNet prints are per page. The builder's
/// <see cref="IncrementalOutput"/> (compare, stage what changed, then apply) rebuilding an unchanged site is
/// compared with plain writes and a hand-written compare-first write.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private const int PagesPerInvoke = 200;
    private string _root = string.Empty;
    private string[] _relativePaths = [];
    private string[] _paths = [];
    private byte[] _html = [];

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "staticarchive-bench-" + Environment.ProcessId);
        _relativePaths = Enumerable.Range(0, PagesPerInvoke)
            .Select(i => $"agency-{i % 10}/{2019 + (i % 7)}/doc-{i}/index.html")
            .ToArray();
        _paths = _relativePaths.Select(p => Path.Combine(_root, "plain", p)).ToArray();
        foreach (var directory in _paths.Select(Path.GetDirectoryName).Distinct())
        {
            Directory.CreateDirectory(directory!);
        }

        _html = Encoding.UTF8.GetBytes(Markdig.Markdown.ToHtml(Samples.AnnualReport + Samples.Proposal));
        Write_bytes();   // so the compare-first case finds every file in place
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark(Baseline = true, OperationsPerInvoke = PagesPerInvoke, Description = "IncrementalOutput: unchanged rebuild + prepare + swap")]
    public void Incremental_output()
    {
        var output = new IncrementalOutput(PhysicalFileSystem.Instance, Path.Combine(_root, "plain"));
        foreach (var path in _relativePaths)
        {
            output.Write(path, _html);
        }

        output.Prepare();
        output.Swap();
    }

    [Benchmark(OperationsPerInvoke = PagesPerInvoke, Description = "File.WriteAllBytes into existing folders")]
    public void Write_bytes()
    {
        foreach (var path in _paths)
        {
            File.WriteAllBytes(path, _html);
        }
    }

    [Benchmark(OperationsPerInvoke = PagesPerInvoke, Description = "Parallel.ForEach File.WriteAllBytes (2 cores)")]
    public void Write_bytes_parallel() => Parallel.ForEach(_paths, path => File.WriteAllBytes(path, _html));

    [Benchmark(OperationsPerInvoke = PagesPerInvoke, Description = "compare first, skip unchanged file")]
    public int Skip_unchanged()
    {
        // "Unchanged files untouched": comparing instead of rewriting keeps mtimes for rsync and CDN uploads.
        var written = 0;
        foreach (var path in _paths)
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != _html.Length || !File.ReadAllBytes(path).AsSpan().SequenceEqual(_html))
            {
                File.WriteAllBytes(path, _html);
                written++;
            }
        }

        return written;
    }
}

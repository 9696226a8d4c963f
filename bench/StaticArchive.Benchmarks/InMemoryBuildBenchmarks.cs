using BenchmarkDotNet.Attributes;
using StaticArchive.Build;
using StaticArchive.Core;
using StaticArchive.IO;

namespace StaticArchive.Benchmarks;

/// <summary>
/// The whole <see cref="SiteBuilder"/> on a site held in memory: every phase (load, transform, aggregate, render,
/// staged write) without the disk, so a regression in the builder's own code shows here first.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class InMemoryBuildBenchmarks
{
    private MemoryFileSystem _files = null!;

    /// <summary>Agencies in the site; each has two documents (an annual report with tables and a proposal reply).</summary>
    [Params(50)]
    public int Agencies { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _files = InMemorySite.Create(Agencies);
        var result = Build_site();
        if (!result.Succeeded)
        {
            // A failed build writes nothing and would look fast: refuse to measure it.
            throw new InvalidOperationException(string.Join('\n', result.Diagnostics.Select(d => d.ToString())));
        }
    }

    [Benchmark(Description = "SiteBuilder.Build, in memory")]
    public BuildResult Build_site() =>
        new SiteBuilder(_files).Build(new BuildOptions(InMemorySite.Content, Theme: null, InMemorySite.Output));
}

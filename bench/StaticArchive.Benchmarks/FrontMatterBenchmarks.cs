using BenchmarkDotNet.Attributes;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StaticArchive.Benchmarks;

/// <summary>
/// Load phase: every document's front matter and every report's table file goes through YamlDotNet once per
/// cold build, so at 100,000 documents these are paid 100,000 and 35,000 times.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class FrontMatterBenchmarks
{
    private IDeserializer _deserializer = null!;
    private string _reportDocument = string.Empty;
    private string _reportFrontMatter = string.Empty;
    private string _proposalFrontMatter = string.Empty;
    private string _tables = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        // Built once and shared, as a builder would: building a deserializer costs far more than using one.
        _deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        _reportDocument = Samples.AnnualReport;
        _reportFrontMatter = Samples.Split(_reportDocument).FrontMatter;
        _proposalFrontMatter = Samples.Split(Samples.Proposal).FrontMatter;
        _tables = Samples.AnnualReportTables;
    }

    [Benchmark(Description = "split front matter from body")]
    public int Split_front_matter() => Samples.Split(_reportDocument).Body.Length;

    [Benchmark(Baseline = true, Description = "report front matter → typed")]
    public FrontMatter Report_front_matter_typed() => _deserializer.Deserialize<FrontMatter>(_reportFrontMatter);

    [Benchmark(Description = "proposal front matter → typed")]
    public FrontMatter Proposal_front_matter_typed() => _deserializer.Deserialize<FrontMatter>(_proposalFrontMatter);

    [Benchmark(Description = "proposal front matter → dictionary")]
    public Dictionary<string, object> Proposal_front_matter_untyped() =>
        _deserializer.Deserialize<Dictionary<string, object>>(_proposalFrontMatter);

    [Benchmark(Description = "report tables (.yml, 4.8 KB) → dictionary")]
    public Dictionary<string, object> Report_tables_untyped() =>
        _deserializer.Deserialize<Dictionary<string, object>>(_tables);

    [Benchmark(Description = "deserializer built per document (anti-pattern)")]
    public FrontMatter Deserializer_per_document() =>
        new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build()
            .Deserialize<FrontMatter>(_proposalFrontMatter);
}

/// <summary>The front-matter fields gen-corpus.py writes (a stand-in until the builder's own record is public).</summary>
public sealed class FrontMatter
{
    public string? Title { get; set; }

    public string? Type { get; set; }

    // Kept as text: the date is validated later, and culture-dependent parsing has no place in a benchmark.
    public string? Date { get; set; }

    public string? Kind { get; set; }

    public string? Number { get; set; }

    public string? Session { get; set; }

    public string? Proposer { get; set; }

    public string? Result { get; set; }

    public string? PublishedInconsistencies { get; set; }
}

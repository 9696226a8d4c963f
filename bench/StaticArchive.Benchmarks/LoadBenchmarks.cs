using BenchmarkDotNet.Attributes;
using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.IO;
using StaticArchive.Yaml;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace StaticArchive.Benchmarks;

/// <summary>
/// Load phase: every document's front matter goes through the builder's <see cref="FrontMatter"/> and
/// <see cref="YamlReader"/> once per cold build (100,000 times at 100,000 documents), and every report's table
/// file (35,000 of them) through YAML as well. The YamlDotNet deserializer rows show what a typed read would cost.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private IDeserializer _deserializer = null!;
    private string _report = string.Empty;
    private string _proposalFrontMatter = string.Empty;
    private string _tables = string.Empty;
    private MemoryFileSystem _files = null!;
    private ContentPaths _paths = null!;
    private DocumentSource _proposal = null!;

    [GlobalSetup]
    public void Setup()
    {
        _deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .IgnoreUnmatchedProperties()
            .Build();
        _report = Samples.AnnualReport;
        _proposalFrontMatter = FrontMatter.Split(Samples.Proposal).Yaml!;
        _tables = Samples.AnnualReportTables;
        _files = InMemorySite.Create(agencies: 1);
        _paths = new ContentPaths(InMemorySite.Content);
        var content = ContentDiscovery.Discover(_files, _paths, new DiagnosticBag());
        _proposal = content.Documents.Single(d => d.Path.EndsWith("npc-suggestion-165.md", StringComparison.Ordinal));
    }

    [Benchmark(Description = "FrontMatter.Split (report)")]
    public int Split_front_matter() => FrontMatter.Split(_report).Body.Length;

    [Benchmark(Baseline = true, Description = "YamlReader.ReadMapping (proposal front matter)")]
    public int Parse_front_matter() =>
        YamlReader.ReadMapping(_proposalFrontMatter, new YamlSource("p.md", new DiagnosticBag(), firstLine: 2))!.Children.Count;

    [Benchmark(Description = "DocumentLoader.Load (proposal, in memory)")]
    public object? Load_document() =>
        DocumentLoader.Load(_files, _paths, _proposal.Agency, _proposal.Year, _proposal.Path, new DiagnosticBag());

    [Benchmark(Description = "YamlReader.ReadMapping (report tables .yml, 4.8 KB)")]
    public int Parse_tables() => YamlReader.ReadMapping(_tables, new YamlSource("t.yml", new DiagnosticBag()))!.Children.Count;

    [Benchmark(Description = "YamlDotNet typed deserializer (proposal front matter)")]
    public FrontMatterFields Deserialize_front_matter_typed() => _deserializer.Deserialize<FrontMatterFields>(_proposalFrontMatter);

    [Benchmark(Description = "YamlDotNet dictionary deserializer (report tables)")]
    public Dictionary<string, object> Deserialize_tables() => _deserializer.Deserialize<Dictionary<string, object>>(_tables);
}

/// <summary>The front-matter fields gen-corpus.py writes, for the typed-deserializer comparison.</summary>
public sealed class FrontMatterFields
{
    public string? Title { get; set; }

    public string? Type { get; set; }

    // Kept as text: culture-dependent date parsing has no place in this comparison.
    public string? Date { get; set; }

    public string? Kind { get; set; }

    public string? Number { get; set; }

    public string? Session { get; set; }

    public string? Proposer { get; set; }

    public string? Result { get; set; }

    public string? PublishedInconsistencies { get; set; }
}

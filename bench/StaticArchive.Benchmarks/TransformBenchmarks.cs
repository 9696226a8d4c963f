using BenchmarkDotNet.Attributes;
using Markdig;
using StaticArchive.Content;
using StaticArchive.Core;
using StaticArchive.Documents;
using StaticArchive.IO;
using StaticArchive.Markdown;
using StaticArchive.Tables.Html;
using StaticArchive.Theme;

namespace StaticArchive.Benchmarks;

/// <summary>
/// Transform phase, per document and in parallel in the builder: Markdown → HTML through the builder's frozen
/// pipeline (<see cref="MarkdownPipelineFactory"/>), and the whole <see cref="DocumentTransformer"/> step
/// (load, Markdown, report tables, plain text and excerpt).
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet generates a class that derives from each benchmark class.</remarks>
[MemoryDiagnoser]
public class TransformBenchmarks
{
    private MarkdownPipeline _pipeline = null!;
    private MarkdownPipeline _plainPipeline = null!;
    private string _reportBody = string.Empty;
    private string _proposalBody = string.Empty;
    private DocumentTransformer _transformer = null!;
    private DocumentSource _report = null!;

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = MarkdownPipelineFactory.Create();
        _plainPipeline = new MarkdownPipelineBuilder().Build();
        _reportBody = FrontMatter.Split(Samples.AnnualReport).Body;
        _proposalBody = FrontMatter.Split(Samples.Proposal).Body;
        MemoryFileSystem files = InMemorySite.Create(agencies: 1);
        var paths = new ContentPaths(InMemorySite.Content);
        _transformer = new DocumentTransformer(files, paths, _pipeline, TableWords.From(UiStrings.Load(ThemeFiles.Load(files, siteThemeFolder: null), "zh-CN", new DiagnosticBag())));
        var content = ContentDiscovery.Discover(files, paths, new DiagnosticBag());
        _report = content.Documents.Single(d => d.Path.EndsWith("annual-report-2023.md", StringComparison.Ordinal));
    }

    [Benchmark(Baseline = true, Description = "builder pipeline: report body (4.7 KB) → HTML")]
    public string Report_markdown() => Markdig.Markdown.ToHtml(_reportBody, _pipeline);

    [Benchmark(Description = "builder pipeline: proposal body (2.6 KB) → HTML")]
    public string Proposal_markdown() => Markdig.Markdown.ToHtml(_proposalBody, _pipeline);

    [Benchmark(Description = "Markdig default pipeline: report body → HTML")]
    public string Report_markdown_plain_pipeline() => Markdig.Markdown.ToHtml(_reportBody, _plainPipeline);

    [Benchmark(Description = "pipeline built per document (anti-pattern)")]
    public string Report_markdown_pipeline_per_document() => Markdig.Markdown.ToHtml(_reportBody, MarkdownPipelineFactory.Create());

    [Benchmark(Description = "DocumentTransformer.Transform (report + tables, in memory)")]
    public object? Transform_report() => _transformer.Transform(_report, new DiagnosticBag());
}
